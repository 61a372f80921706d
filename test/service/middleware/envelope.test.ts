import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../service/app.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { hlcAt, testApi, uuid } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { openTestStore } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe('middleware: envelope, body limit, CORS, headers, logging', () => {
  const api = useTestApi('sqlite', { origins: ['https://intranet.example'] });

  it('answers unknown routes with a 404 envelope', async () => {
    const { token } = await api.team();
    expect((await expectError(await api.call('GET', '/nope'), 404)).code).toBe('not_found');
    await expectError(await api.call('GET', '/api/v1/nope', { token }), 404);
    await expectError(await api.call('PUT', '/api/v1/items', { token, body: {} }), 404);
  });

  it('answers bodies over 1 MB with a 413 envelope (declared or streamed) and stores nothing', async () => {
    const { token } = await api.team();
    const huge = JSON.stringify({ kind: 'call', title: 'x', notes: 'n'.repeat(1024 * 1024) });
    const declared = await api.call('POST', '/api/v1/items', { token, raw: huge });
    expect((await expectError(declared, 413)).code).toBe('payload_too_large');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const streamed = await api.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectError(streamed, 413);
    expect((await (await api.call('GET', '/api/v1/items', { token })).json()).items).toEqual([]);
  });

  it('answers oversized strings inside a body under 1 MB with a 400 naming the field', async () => {
    const { token } = await api.team();
    const error = await expectError(await api.call('POST', '/api/v1/items', { token, body: { kind: 'call', title: 'x', summary: 's'.repeat(600_000) } }), 400);
    expect(error.details?.fields?.map((f) => f.field)).toEqual(['summary']);
  });

  it('allows CORS for extension origins and CALLWATCH_ORIGINS only', async () => {
    const { token } = await api.team();
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://2c127fa4-62c7-7e4f-90e5-472b45eecfdc', 'https://intranet.example']) {
      const res = await api.call('GET', '/api/v1/me', { token, headers: { Origin: origin } });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      const preflight = await api.app.request('/api/v1/sync/push', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    }
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'chrome-extension://x.evil.example/']) {
      const res = await api.call('GET', '/api/v1/me', { token, headers: { Origin: origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('sets security headers and a request id', async () => {
    const res = await api.call('GET', '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toMatch(/\S+/);
  });

  it('logs one line per request without tokens, bodies or queries', async () => {
    const { token } = await api.team();
    const before = api.logs.length;
    const secret = 'Geheimer Vermerk 4711';
    await api.call('POST', '/api/v1/items', { token, body: { kind: 'call', title: secret } });
    await api.call('GET', '/api/v1/sync/pull?since=0&limit=5', { token });
    await api.call('GET', '/api/v1/me', { token: `cw_${'z'.repeat(43)}` });
    const lines = api.logs.slice(before).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['POST', '/api/v1/items', 201],
      ['GET', '/api/v1/sync/pull', 200],
      ['GET', '/api/v1/me', 401],
    ]);
    expect(lines[0]).toMatchObject({ reqId: expect.any(String), ms: expect.any(Number), team: expect.any(String), member: expect.any(String) });
    const text = api.logs.slice(before).join('');
    expect(text).not.toContain(token);
    expect(text).not.toContain('z'.repeat(43));
    expect(text).not.toContain(secret);
    expect(text).not.toContain('limit=5');
  });

  it('turns unexpected failures into a 500 envelope without internals, and logs them', async () => {
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c, _e, done) => (logs.push(String(c)), done()) }));
    const broken = await openTestStore('sqlite');
    const { token } = await (await testApi(broken)).team();
    await broken.close(); // the database goes away under the app
    const app = createApp({ db: broken.db, notifier: createMemoryNotifier(), logger });
    const res = await app.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'Im Dienst ist ein interner Fehler aufgetreten.' } });
    expect(logs.some((l) => l.includes('unhandled error'))).toBe(true);
    await broken.dispose().catch(() => {});
  });

  it('keeps answering 4xx for hostile push input and never loses the valid ops', async () => {
    const { token } = await api.team();
    const client = uuid();
    const good = { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client), set: { kind: 'call', title: '<img src=x onerror=alert(1)>' } };
    const res = await api.call('POST', '/api/v1/sync/push', {
      token,
      body: {
        clientId: client,
        ops: [
          { ...good, opId: uuid(), set: { kind: 'call', title: 'x', notes: 'n'.repeat(20_001) } },
          JSON.parse(`{"opId":"${uuid()}","itemId":"${uuid()}","hlc":"${good.hlc}","set":{"__proto__":{"deleted":true}}}`),
          { ...good, opId: uuid(), set: { kind: 'call', title: 'x', tags: 'EU' } },
          good,
          { ...good, opId: uuid(), itemId: uuid(), set: { kind: 'call', title: 'x' }, hlc: hlcAt(9_999_999_999_999, client) },
        ],
      },
    });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied', 'rejected']);
    const pulled = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token })).json();
    expect(pulled.items.map((i: { title: string }) => i.title)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});
