import { describe, expect, it } from 'vitest';
import { uuid } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

const ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/v1/me'],
  ['GET', '/api/v1/members'],
  ['POST', '/api/v1/members', { name: 'x' }],
  ['DELETE', `/api/v1/members/${uuid()}`],
  ['GET', '/api/v1/items'],
  ['POST', '/api/v1/items', { kind: 'call', title: 'x' }],
  ['GET', `/api/v1/items/${uuid()}`],
  ['PATCH', `/api/v1/items/${uuid()}`, { notes: 'x' }],
  ['DELETE', `/api/v1/items/${uuid()}`],
  ['POST', '/api/v1/sync/push', { clientId: uuid(), ops: [] }],
  ['GET', '/api/v1/sync/pull?since=0'],
  ['GET', '/api/v1/events'],
  ['GET', '/api/v1/openapi.json'],
  ['GET', '/api/v1/no-such-route'],
];

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let address = '10.0.0.1';
  let wall = 1_800_000_000_000;
  const api = useTestApi(dialect, { clientAddress: () => address, now: () => wall, authFailures: { limit: 5, windowMs: 60_000 } });

  it('answers 401 with the envelope on every /api/v1 route for a missing, malformed, unknown or revoked token', async () => {
    const admin = await api.team();
    const gone = await admin.add('member');
    await api.call('DELETE', `/api/v1/members/${gone.memberId}`, { token: admin.token });
    const credentials: (Record<string, string> | undefined)[] = [
      undefined,
      { Authorization: 'Basic dXNlcjpwYXNz' },
      { Authorization: 'Bearer' },
      { Authorization: `Bearer ${admin.token} extra` },
      { Authorization: 'Bearer cw_' + 'A'.repeat(43) },
      { Authorization: `Bearer ${admin.token.slice(0, -1)}` },
      { Authorization: `Bearer ${gone.token}` },
    ];
    let n = 0;
    for (const [method, path, body] of ROUTES) {
      for (const headers of credentials) {
        address = `10.1.${n++ % 250}.${Math.floor(n / 250)}`; // stay under the failure limit here
        const res = await api.call(method, path, { headers, body });
        expect((await expectError(res, 401)).code).toBe('unauthorized');
      }
    }
  });

  it('accepts a token in a case-insensitive Bearer scheme', async () => {
    const admin = await api.team();
    address = '10.2.0.1';
    expect((await api.call('GET', '/api/v1/me', { headers: { Authorization: `bearer ${admin.token}` } })).status).toBe(200);
  });

  it('answers 429 with Retry-After to failing tokens after repeated failures from one address, never to a valid token, then recovers', async () => {
    const admin = await api.team();
    address = '192.0.2.7';
    for (let i = 0; i < 5; i++) await expectError(await api.call('GET', '/api/v1/me', { token: `cw_${'x'.repeat(43)}` }), 401);
    const blocked = await api.call('GET', '/api/v1/me', { token: `cw_${'y'.repeat(43)}` });
    expect((await expectError(blocked, 429)).code).toBe('too_many_requests');
    // a colleague behind the same address with a valid token is not locked out by someone else's stale token
    expect((await api.call('GET', '/api/v1/me', { token: admin.token })).status).toBe(200);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // another address is not affected; health needs no auth
    address = '192.0.2.8';
    expect((await api.call('GET', '/api/v1/me', { token: admin.token })).status).toBe(200);
    address = '192.0.2.7';
    expect((await api.call('GET', '/health')).status).toBe(200);
    // missing tokens are not guesses and do not count; after the window the address may try again
    wall += 61_000;
    expect((await api.call('GET', '/api/v1/me', { token: admin.token })).status).toBe(200);
  });
});
