/** Hostile input of every shape on every write route: always an answer below 500, in the envelope when it is 4xx. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, uuid, type TestApi } from './helpers/api.ts';
import { openTestStore, type TestStore } from './helpers/store.ts';

describe('fuzzed input', () => {
  let store: TestStore;
  let api: TestApi;
  let token: string;
  let itemId: string;
  let keptId: string;
  let kept: unknown;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    api = await testApi(store);
    token = (await api.team()).token;
    itemId = (await (await api.call('POST', '/api/v1/items', { token, body: { kind: 'call', title: 'target' } })).json()).id;
    kept = await (await api.call('POST', '/api/v1/items', { token, body: { kind: 'event', title: 'stays', notes: '<b>as is</b>' } })).json();
    keptId = (kept as { id: string }).id;
  });
  afterAll(async () => {
    await api.close();
    await store.dispose();
  });

  const check = async (res: Response) => {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect(Object.keys(await res.json())).toEqual(['error']);
  };

  const routes = (): [string, string][] => [
    ['POST', '/api/v1/items'],
    ['PATCH', `/api/v1/items/${itemId}`],
    ['POST', '/api/v1/members'],
    ['POST', '/api/v1/sync/push'],
  ];

  it('answers any JSON value below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), fc.jsonValue(), async ([method, path], body) => {
        await check(await api.call(method, path, { token, body }));
      }),
      { numRuns: 200 },
    );
  });

  it('answers any raw text below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), fc.string({ unit: 'binary', maxLength: 200 }), async ([method, path], raw) => {
        await check(await api.call(method, path, { token, raw }));
      }),
      { numRuns: 200 },
    );
  });

  it('answers push envelopes with arbitrary ops below 500, rejecting what is invalid', async () => {
    const clientId = uuid();
    const opLike = fc.record(
      { opId: fc.oneof(fc.uuid(), fc.string()), itemId: fc.oneof(fc.constant(itemId), fc.uuid(), fc.string()), hlc: fc.string(), set: fc.dictionary(fc.string(), fc.jsonValue()) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(opLike, fc.jsonValue()), { maxLength: 20 }), async (ops) => {
        const res = await api.call('POST', '/api/v1/sync/push', { token, body: { clientId, ops } });
        expect(res.status).toBe(200);
        const { results } = await res.json();
        expect(results).toHaveLength(ops.length);
      }),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary query strings and paths below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (since, id) => {
        await check(await api.call('GET', `/api/v1/sync/pull?since=${encodeURIComponent(since)}&limit=${encodeURIComponent(id)}`, { token }));
        await check(await api.call('GET', `/api/v1/items/${encodeURIComponent(id)}`, { token }));
      }),
      { numRuns: 150 },
    );
  });

  it('loses nothing valid: an item the fuzzing never named is unchanged, and the service still answers', async () => {
    const res = await api.call('GET', `/api/v1/items/${keptId}`, { token });
    expect(await res.json()).toEqual(kept);
  });
});
