import { describe, expect, it } from 'vitest';
import { createMemoryNotifier, type Notifier } from '../../../service/notifier.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { hlcAt, testApi, uuid } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { readSse } from '../helpers/sse.ts';
import { createTestDatabase, DIALECTS, openTestStore } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

/** A notifier that counts its open subscriptions (to see streams end). */
function countingNotifier(): Notifier & { open: () => number } {
  const inner = createMemoryNotifier();
  let open = 0;
  return {
    ...inner,
    subscribe(teamId, listener) {
      open += 1;
      const off = inner.subscribe(teamId, listener);
      return () => {
        open -= 1;
        off();
      };
    },
    open: () => open,
  };
}

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.each(DIALECTS)('GET /api/v1/events on %s', (dialect) => {
  const api = useTestApi(dialect, { sseHeartbeatMs: 50 });

  it('sends a change event with the new cursor after each committed change, and keep-alive comments', async () => {
    const admin = await api.team();
    const viewer = await admin.add('viewer');
    const res = await api.call('GET', '/api/v1/events', { token: viewer.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const sse = readSse(res);
    await sse.until(/: connected/);
    const client = uuid();
    await api.call('POST', '/api/v1/sync/push', {
      token: admin.token,
      body: { clientId: client, ops: [{ opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client), set: { kind: 'call', title: 'x' } }] },
    });
    await sse.until(/event: change\ndata: \{"cursor":1\}\nid: 1\n\n/);
    await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'event', title: 'y' } });
    await sse.until(/data: \{"cursor":2\}/);
    await sse.until(/: keep-alive\n\n/);
    await sse.cancel();
  });

  it('does not announce changes of other teams or pushes that changed nothing', async () => {
    const mine = await api.team();
    const other = await api.team();
    const sse = readSse(await api.call('GET', '/api/v1/events', { token: mine.token }));
    await sse.until(/: connected/);
    const client = uuid();
    const op = { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client), set: { kind: 'call', title: 'x' } };
    await api.call('POST', '/api/v1/sync/push', { token: other.token, body: { clientId: client, ops: [op] } });
    await api.call('POST', '/api/v1/sync/push', { token: mine.token, body: { clientId: client, ops: [{ ...op, opId: uuid(), itemId: uuid() }] } });
    await sse.until(/data: \{"cursor":1\}/);
    await api.call('POST', '/api/v1/sync/push', { token: mine.token, body: { clientId: client, ops: [op] } }); // rejected: other team's item
    await api.call('POST', '/api/v1/items', { token: mine.token, body: { kind: 'call', title: 'z' } });
    const text = await sse.until(/data: \{"cursor":2\}/);
    expect(text.match(/event: change/g)).toHaveLength(2);
    await sse.cancel();
  });

  it('needs a token', async () => {
    await expectError(await api.call('GET', '/api/v1/events'), 401);
  });
});

describe('event streams end cleanly', () => {
  it('when the client disconnects and when the service shuts down', async () => {
    const store = await openTestStore('sqlite');
    const notifier = countingNotifier();
    const shutdown = new AbortController();
    const api = await testApi(store, { notifier, shutdown: shutdown.signal, sseHeartbeatMs: 20 });
    const { token } = await api.team();
    const first = readSse(await api.call('GET', '/api/v1/events', { token }));
    const second = readSse(await api.call('GET', '/api/v1/events', { token }));
    await first.until(/: connected/);
    await second.until(/: connected/);
    expect(notifier.open()).toBe(2);
    await first.cancel();
    await waitFor(() => notifier.open() === 1);
    shutdown.abort();
    await waitFor(() => notifier.open() === 0);
    await expect(second.until(/never/, 2000)).rejects.toThrow(/stream ended/);
    await api.close();
    await store.dispose();
  });
});

describe('two service instances on one PostgreSQL database', () => {
  it('serve one team consistently, and SSE on one hears pushes on the other (LISTEN/NOTIFY)', async () => {
    const database = await createTestDatabase();
    const storeA = { ...(await openMigratedStore(database.url)), dispose: async () => {} };
    const storeB = { ...(await openMigratedStore(database.url)), dispose: async () => {} };
    const a = await testApi(storeA);
    const b = await testApi(storeB);
    try {
      const admin = await a.team();
      const sse = readSse(await b.call('GET', '/api/v1/events', { token: admin.token }));
      await sse.until(/: connected/);
      const clients = [uuid(), uuid()];
      const pushes = Array.from({ length: 20 }, (_, i) => {
        const client = clients[i % 2];
        const api = i % 2 ? a : b;
        return api.call('POST', '/api/v1/sync/push', {
          token: admin.token,
          body: { clientId: client, ops: [{ opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client, i), set: { kind: 'call', title: `n${i}` } }] },
        });
      });
      const results = await Promise.all(pushes);
      expect(results.every((r) => r.status === 200)).toBe(true);
      await sse.until(/data: \{"cursor":20\}/);
      const fromA = await (await a.call('GET', '/api/v1/sync/pull?since=0', { token: admin.token })).json();
      const fromB = await (await b.call('GET', '/api/v1/sync/pull?since=0', { token: admin.token })).json();
      // the same data from both apps; each answer carries its own serverTime
      const { serverTime: _timeA, ...dataA } = fromA;
      const { serverTime: _timeB, ...dataB } = fromB;
      expect(dataA).toEqual(dataB);
      expect(fromA.items.map((i: { rev: number }) => i.rev)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await sse.cancel();
    } finally {
      await a.close();
      await b.close();
      await storeA.close();
      await storeB.close();
      await database.drop();
    }
  });
});
