import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { startService, serviceOptions } from '../../../service/main.ts';
import { clientAddressOf } from '../../../service/middleware/client-address.ts';

/** What clientAddressOf(trusted) answers for a request from `peer` with the given X-Forwarded-For. */
async function addressFor(trusted: string[], peer: string, forwardedFor?: string): Promise<string> {
  const address = clientAddressOf(trusted, () => peer);
  const app = new Hono().get('/', (c: Context) => c.text(address(c)));
  const res = await app.request('/', { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } });
  return res.text();
}

describe('clientAddressOf', () => {
  it('is the socket address without trusted proxies, whatever X-Forwarded-For claims', async () => {
    expect(await addressFor([], '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
  });

  it('takes the right-most untrusted X-Forwarded-For hop when the peer is a trusted proxy', async () => {
    expect(await addressFor(['127.0.0.1'], '127.0.0.1', '198.51.100.7')).toBe('198.51.100.7');
    // the left part is whatever the client sent: a forged entry before the real one is never used
    expect(await addressFor(['127.0.0.1'], '127.0.0.1', '1.2.3.4, 198.51.100.7')).toBe('198.51.100.7');
    // a chain of trusted proxies is skipped from the right
    expect(await addressFor(['127.0.0.1', '10.0.0.2'], '127.0.0.1', '198.51.100.7, 10.0.0.2')).toBe('198.51.100.7');
  });

  it('does not believe X-Forwarded-For from an untrusted peer', async () => {
    expect(await addressFor(['127.0.0.1'], '203.0.113.9', '198.51.100.7')).toBe('203.0.113.9');
  });

  it('falls back to the proxy when the header is missing or names only proxies', async () => {
    expect(await addressFor(['127.0.0.1'], '127.0.0.1')).toBe('127.0.0.1');
    expect(await addressFor(['127.0.0.1', '10.0.0.2'], '127.0.0.1', '10.0.0.2')).toBe('127.0.0.1');
  });

  it('treats IPv4-mapped IPv6 and the plain IPv4 address as one', async () => {
    expect(await addressFor(['127.0.0.1'], '::ffff:127.0.0.1', '::FFFF:198.51.100.7')).toBe('198.51.100.7');
  });
});

describe('failed-authentication limit behind a reverse proxy (real server)', () => {
  it('locks out the client that failed, not every client behind the same proxy', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callwatch-proxy-'));
    const env = { CALLWATCH_TRUSTED_PROXIES: '127.0.0.1', LOG_LEVEL: 'silent' };
    let err = '';
    const service = await startService({ ...serviceOptions({ port: '0', db: join(dir, 'cw.db') }, { env, cwd: dir }), logLevel: 'silent' }, { out: () => {}, err: (t) => (err += t) });
    try {
      const token = /(cw_[A-Za-z0-9_-]{43})/.exec(err)![1];
      const me = (forwardedFor: string, bearer: string) =>
        fetch(`${service.url}/api/v1/me`, { headers: { Authorization: `Bearer ${bearer}`, 'X-Forwarded-For': forwardedFor } });
      const wrong = 'cw_' + 'A'.repeat(43);
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await me('198.51.100.66', wrong)).status);
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
      // the failing token stays locked out; a valid token is never refused, from that address or another behind the proxy
      expect((await me('198.51.100.66', wrong)).status).toBe(429);
      expect((await me('198.51.100.66', token)).status).toBe(200);
      expect((await me('198.51.100.20', token)).status).toBe(200);
    } finally {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
