/**
 * No page stalls the service (issue 15 item 1): POST /api/v1/extract reads in the worker pool, under a time budget.
 * /health answers at once while a pathological page is read, and a page over the budget ends in a clear error
 * (422 page_too_complex, German and English) within it — never a stall. Also (item 7): URLs go through the polite
 * fetcher (robots.txt) and each member has a rate limit (429 with the error envelope).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../../service/extract/pool.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { createSourcesRuntime, type SourcesRuntime } from '../../../service/sources/runtime.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { startFixtureSite, type FixtureSite } from '../scrape/fixture-site.ts';

const BUDGET_MS = 3_000;
const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><title>T</title></head><body>${body}</body></html>`;
/** the page of the probe: 16.5 KB of 1,500 nested <div><span> */
const NESTED = page(`<h1>Förderaufruf Ehrenamt</h1>${'<div><span>'.repeat(1500)}Antragsfrist: 30.04.2026${'</span></div>'.repeat(1500)}`);
/** 70,000 nested <div> (770 KB, under the 1 MB body limit): the HTML parser alone needs a minute for it */
const ABYSS = page(`${'<div>'.repeat(70_000)}Antragsfrist: 30.04.2026${'</div>'.repeat(70_000)}`);

describe('POST /api/v1/extract under a budget', () => {
  let site: FixtureSite;
  let store: TestStore;
  let runtime: SourcesRuntime;
  let pool: ExtractionPool;
  let api: TestApi;
  let now = Date.parse('2026-01-15T10:00:00Z');

  beforeAll(async () => {
    site = await startFixtureSite();
    store = await openTestStore('sqlite');
    pool = new ExtractionPool({ size: 1, budgetMs: BUDGET_MS });
    const deps = { db: store.db, notifier: createMemoryNotifier(), now: () => now };
    runtime = await createSourcesRuntime(deps, { fetcher: { allowPrivate: true, lookup: site.lookup, minDelayMs: 0, timeoutMs: 1500 }, extract: (p) => pool.extract(p) });
    api = await testApi(store, { ...deps, sources: runtime });
  });
  afterAll(async () => {
    await runtime.engine.close();
    await pool.close();
    await api.close();
    await store.dispose();
    await site.close();
  });

  /** How long /health takes to answer, ms. */
  const health = async () => {
    const started = performance.now();
    const res = await api.call('GET', '/health');
    expect(res.status).toBe(200);
    return performance.now() - started;
  };

  it('answers /health within 100 ms while the 1,500-level page is read, and reads that page', { timeout: 30_000 }, async () => {
    const { token } = await api.team();
    const reading = api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/aufruf', html: NESTED } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await health()).toBeLessThan(100);
    const res = await reading;
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<{ deadline: string }> };
    expect(items.map((i) => i.deadline)).toEqual(['2026-04-30']);
  });

  it('ends a page over its budget in a clear error within the budget, /health answering all along', { timeout: 30_000 }, async () => {
    const { token } = await api.team();
    const started = performance.now();
    const reading = api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/abgrund', html: ABYSS } });
    const latencies: number[] = [];
    let done = false;
    void reading.finally(() => (done = true));
    while (!done) {
      latencies.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const error = await expectError(await reading, 422);
    const elapsed = performance.now() - started;
    expect(error.code).toBe('page_too_complex');
    expect(error.message).toMatch(/^Die Seite ist zu groß oder zu verschachtelt/); // German by default
    expect((error.details as unknown as { messageDe: string }).messageDe).toMatch(/^Die Seite ist zu groß oder zu verschachtelt/);
    expect(elapsed).toBeLessThan(BUDGET_MS + 2_000);
    expect(Math.max(...latencies)).toBeLessThan(100);
    // the worker was replaced: the next page is read as usual
    const next = await api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/aufruf', html: NESTED } });
    expect(next.status).toBe(200);
  });

  it('fetches a URL through the polite fetcher: robots.txt is obeyed', async () => {
    const { token } = await api.team();
    const error = await expectError(await api.call('POST', '/api/v1/extract', { token, body: { url: `${site.origin()}/private/call.html` } }), 400);
    expect(error.code).toBe('robots_disallowed');
    expect(site.hits('/private/call.html')).toHaveLength(0);
  });

  it('limits each member: the 11th page at once is refused with 429 and Retry-After, a colleague is not', async () => {
    const { token, add } = await api.team();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/p', html: page('<p>x</p>') } })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const refused = await api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/p', html: page('<p>x</p>') } });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const error = await expectError(refused, 429);
    expect(error.code).toBe('rate_limited');
    const { token: colleague } = await add('member', 'Kollegin');
    expect((await api.call('POST', '/api/v1/extract', { token: colleague, body: { url: 'https://a.example/p', html: page('<p>x</p>') } })).status).toBe(200);
    // a minute later the member may read again
    now += 60_000;
    expect((await api.call('POST', '/api/v1/extract', { token, body: { url: 'https://a.example/p', html: page('<p>x</p>') } })).status).toBe(200);
  });
});
