import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../service/net/fetch-error.ts';
import { createPoliteFetcher, SCRAPE_LIMITS, type PoliteFetcher } from '../../../service/scrape/polite-fetcher.ts';
import { ScrapeError } from '../../../service/scrape/scrape-error.ts';
import { USER_AGENT } from '../../../service/net/user-agent.ts';
import { rejection } from '../net/local-server.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;
let fetcher: PoliteFetcher | undefined;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());
afterEach(async () => {
  await fetcher?.close();
  fetcher = undefined;
  site.requests.length = 0;
  site.robots.clear();
});

const make = (options: Parameters<typeof createPoliteFetcher>[0] = {}) =>
  (fetcher = createPoliteFetcher({ allowPrivate: true, lookup: site.lookup, minDelayMs: 0, timeoutMs: 1500, ...options }));

describe('polite fetcher', () => {
  it('uses the issue\'s limits by default: 20 s, 5 MB, 5 redirects', () => {
    expect(SCRAPE_LIMITS).toMatchObject({ timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 });
  });

  it('sends the callwatch User-Agent with a contact URL, and reads robots.txt first', async () => {
    const page = await make().fetch(`${site.origin()}/calls/nakopa.html`);
    expect(page.status).toBe(200);
    expect(USER_AGENT).toMatch(/^callwatch\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/calls/nakopa.html']);
    expect(site.requests.every((r) => r.headers['user-agent'] === USER_AGENT)).toBe(true);
  });

  it('caches robots.txt per origin', async () => {
    const f = make();
    await f.fetch(`${site.origin()}/calls/nakopa.html`);
    await f.fetch(`${site.origin()}/events/klaaf.html`);
    await f.fetch(`${site.origin('other.test')}/events/klaaf.html`);
    expect(site.hits('/robots.txt', 'agency.test')).toHaveLength(1);
    expect(site.hits('/robots.txt', 'other.test')).toHaveLength(1);
  });

  it('honours robots.txt disallows, also for our own user-agent group', async () => {
    site.robots.set('agency.test', 'User-agent: *\nDisallow: /private/\n\nUser-agent: callwatch\nDisallow: /calls/\n');
    const f = make();
    const refused = await rejection(() => f.fetch(`${site.origin()}/calls/nakopa.html`));
    expect(refused).toBeInstanceOf(ScrapeError);
    expect((refused as ScrapeError).code).toBe('robots_disallowed');
    expect(site.hits('/calls/nakopa.html')).toHaveLength(0);
    // our group replaces the * group: /private/ is allowed for callwatch here
    await expect(f.fetch(`${site.origin()}/private/intern.html`)).resolves.toMatchObject({ status: 200 });
  });

  it('treats a robots.txt that answers 503 as "disallow everything for now"', async () => {
    site.robots.set('agency.test', '503');
    const refused = await rejection(() => make().fetch(`${site.origin()}/calls/nakopa.html`));
    expect((refused as ScrapeError).code).toBe('robots_disallowed');
    expect((refused as ScrapeError).message).toMatch(/could not be read/);
    expect(site.hits('/calls/nakopa.html')).toHaveLength(0);
  });

  it('sends If-None-Match / If-Modified-Since and returns notModified on 304', async () => {
    const f = make();
    const first = await f.fetch(`${site.origin()}/calls/nakopa.html`);
    expect(first.etag).toMatch(/^"/);
    const second = await f.fetch(`${site.origin()}/calls/nakopa.html`, { etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
    const sent = site.hits('/calls/nakopa.html')[1].headers;
    expect(sent['if-none-match']).toBe(first.etag);
    expect(sent['if-modified-since']).toBe(first.lastModified);
  });

  it('asks one host one request at a time, with the minimum pause between them', async () => {
    const f = make({ minDelayMs: 150 });
    const started = performance.now();
    await Promise.all([1, 2, 3].map(() => f.fetch(`${site.origin()}/events/klaaf.html`)));
    // robots.txt + 3 pages to one host: three pauses of 150 ms at least
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 150 - 10);
  });

  it('does not make one host wait for another', async () => {
    const f = make({ minDelayMs: 400 });
    await f.fetch(`${site.origin('a.test')}/events/klaaf.html`);
    const started = performance.now();
    // b.test is fresh: only its own robots.txt-then-page pause applies, not a.test's
    await f.fetch(`${site.origin('b.test')}/events/klaaf.html`);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(790);
  });

  it('caps requests in flight over all hosts', async () => {
    const f = make({ concurrency: 1, timeoutMs: 400 });
    const started = performance.now();
    // two hosts whose pages never finish: with one slot they time out one after the other
    await Promise.allSettled(['c.test', 'd.test'].map((h) => f.fetch(`${site.origin(h)}/fault/never-ends`)));
    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 400 - 20);
  });

  it('waits for a short Retry-After and asks again once', async () => {
    const f = make();
    const page = await f.fetch(`${site.origin()}/fault/429-short`);
    expect(page.status).toBe(200);
    const hits = site.hits('/fault/429-short');
    expect(hits).toHaveLength(2);
  });

  it('fails at once with rate_limited for a long Retry-After, and keeps away from the host until then', async () => {
    const f = make();
    const first = await rejection(() => f.fetch(`${site.origin()}/fault/429`));
    expect(first).toBeInstanceOf(ScrapeError);
    expect((first as ScrapeError).code).toBe('rate_limited');
    expect((first as ScrapeError).details.retryAt).toBeGreaterThan(Date.now() + 100_000);
    // the host asked for 120 s: the next request to it is not even sent
    const second = await rejection(() => f.fetch(`${site.origin()}/calls/nakopa.html`));
    expect((second as ScrapeError).code).toBe('rate_limited');
    expect(site.hits('/calls/nakopa.html')).toHaveLength(0);
  });

  it('refuses internal addresses unless private sources are allowed', async () => {
    const strict = createPoliteFetcher({ lookup: site.lookup, minDelayMs: 0 });
    try {
      const refused = await rejection(() => strict.fetch(`${site.origin()}/calls/nakopa.html`));
      expect(refused).toBeInstanceOf(FetchError);
      expect((refused as FetchError).code).toBe('blocked_address');
      expect(site.requests).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });
});
