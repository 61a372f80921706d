/**
 * POST /api/v1/extract: the extraction result for posted HTML, or for a page the service fetches itself — under the
 * address rules of watched sources (a name resolving to a private address is refused unless allowed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { createSourcesRuntime, type SourcesRuntime } from '../../../service/sources/runtime.ts';
import { Clock } from '../../../shared/sync/hlc.ts';
import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { startFixtureSite, type FixtureSite } from '../scrape/fixture-site.ts';

const NAKOPA = readFileSync(join(CORPUS_DIR, 'skew-nakopa-bekanntmachung-2024-zweistufig.html'), 'utf8');
const NOW = Date.parse('2023-06-14T10:00:00Z');

interface Draft {
  kind: string;
  title: string;
  deadlines: { date: string; kind: string }[];
}

describe('POST /api/v1/extract', () => {
  let site: FixtureSite;
  let store: TestStore;
  const apps: { api: TestApi; runtime: SourcesRuntime }[] = [];
  let open: TestApi;
  let strict: TestApi;

  const appWith = async (allowPrivate: boolean) => {
    const notifier = createMemoryNotifier();
    const clock = new Clock(crypto.randomUUID(), () => NOW);
    const deps = { db: store.db, notifier, clock, now: () => NOW };
    const runtime = await createSourcesRuntime(deps, { fetcher: { allowPrivate, lookup: site.lookup, minDelayMs: 0, timeoutMs: 1500 } });
    const api = await testApi(store, { ...deps, sources: runtime });
    apps.push({ api, runtime });
    return api;
  };

  beforeAll(async () => {
    site = await startFixtureSite();
    store = await openTestStore('sqlite');
    open = await appWith(true);
    strict = await appWith(false);
  });
  afterAll(async () => {
    for (const { api, runtime } of apps) {
      await runtime.engine.close();
      await api.close();
    }
    await store.dispose();
    await site.close();
  });

  it('reads posted HTML: the two-stage Nakopa call with both deadlines', async () => {
    const { token } = await open.team();
    const res = await open.call('POST', '/api/v1/extract', { token, body: { url: 'https://skew.engagement-global.de/nakopa.html', html: NAKOPA } });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items).toHaveLength(1);
    expect(items[0].kind).toBe('call');
    expect(items[0].deadlines.map((d) => d.date)).toEqual(['2023-07-31', '2023-09-30']);
  });

  it('fetches the page itself when no HTML is posted', async () => {
    const { token } = await open.team();
    const res = await open.call('POST', '/api/v1/extract', { token, body: { url: `${site.origin()}/calls/nakopa.html` } });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items.map((d) => d.deadlines.map((x) => x.date))).toEqual([['2023-07-31', '2023-09-30']]);
  });

  it('refuses to fetch an address that resolves to a private network', async () => {
    const { token } = await strict.team();
    const error = await expectError(await strict.call('POST', '/api/v1/extract', { token, body: { url: `${site.origin()}/calls/nakopa.html` } }), 400);
    expect(error.code).toBe('blocked_address');
  });

  it('answers bad input and missing tokens with the envelope', async () => {
    const { token } = await open.team();
    expect(await failingFields(await open.call('POST', '/api/v1/extract', { token, body: { url: 'javascript:alert(1)' } }))).toContain('url');
    expect(await failingFields(await open.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/', extra: 1 } }))).not.toEqual([]);
    await expectError(await open.call('POST', '/api/v1/extract', { body: { url: 'https://a.example/' } }), 401);
  });
});
