import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedExtractor } from '../../../service/scrape/extractor.ts';
import { startJob } from '../../../service/jobs/job.ts';
import { sourcesJob } from '../../../service/sources/schedule.ts';
import { nextRunAfterFailure, nextSlot, slotOffset } from '../../../service/sources/slots.ts';
import { parseEvery } from '../../../service/sources/every.ts';
import { findSource } from '../../../service/sources/repository.ts';
import { DIALECTS } from '../helpers/store.ts';
import { startFixtureSite, type FixtureSite } from '../scrape/fixture-site.ts';
import { useHarness } from './harness.ts';

const HOUR = 3_600_000;

describe('slots', () => {
  it('spreads sources over their interval by a hash of the id, the same offset every time', () => {
    const offsets = Array.from({ length: 200 }, (_, i) => slotOffset(`source-${i}`, HOUR));
    expect(new Set(offsets.map((o) => Math.floor(o / 60_000))).size).toBeGreaterThan(40);
    expect(slotOffset('source-1', HOUR)).toBe(slotOffset('source-1', HOUR));
  });

  it('puts the next slot within one interval, on the source\'s offset', () => {
    const now = Date.parse('2026-11-22T10:17:00Z');
    const six = parseEvery('6h')!;
    const next = nextSlot('a', six, now);
    expect(next).toBeGreaterThan(now);
    expect(next - now).toBeLessThanOrEqual(six);
    expect((next - slotOffset('a', six)) % six).toBe(0);
  });

  it('backs off exponentially after failures, capped at a week, and never before Retry-After', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    const gaps = [1, 2, 3, 4, 10].map((f) => nextRunAfterFailure('a', HOUR, now, f) - now);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    expect(gaps[3]).toBeGreaterThan(gaps[2]);
    expect(gaps[4]).toBeLessThanOrEqual(7 * 24 * HOUR);
    expect(nextRunAfterFailure('a', HOUR, now, 1, now + 5 * HOUR)).toBe(now + 5 * HOUR);
  });

  it('reads intervals within bounds', () => {
    expect(parseEvery('30m')).toBe(30 * 60_000);
    expect(parseEvery('1d')).toBe(24 * HOUR);
    for (const bad of ['5m', '6 h', 'weekly', '0h', '31d']) expect(parseEvery(bad)).toBeNull();
  });
});

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describe.each(DIALECTS)('the scheduler (%s)', (dialect) => {
  const env = useHarness(dialect, () => site);

  it('starts due sources on a croner tick without waiting for them, and stops cleanly', async () => {
    const slow = await env.h.add({ name: 'slow', url: `${site.origin('slow2.test')}/fault/never-ends`, kind: 'page' });
    const quick = await env.h.add({ name: 'quick', url: `${site.origin('quick.test')}/calls/nakopa.html`, kind: 'page' });
    await env.h.makeDue();
    // the first page read starts the extraction worker (about a second from the sources): started before the tick, so
    // the quick source's run is timed by its site, not by that start
    await sharedExtractor({ html: '<html><body></body></html>', url: 'https://warm.test/', now: new Date() });
    const scheduler = startJob(sourcesJob(env.h.engine, { pattern: '* * * * * *', watchEveryMs: 60_000, now: env.h.deps.now }));
    try {
      // the quick source ends while the slow one still runs: a tick never waits for a slow site
      await expect.poll(async () => (await findSource(env.store.db, quick.id))?.last_run ?? '', { timeout: 5000, interval: 100 }).toMatch(/"status":"ok"/);
      expect((await findSource(env.store.db, slow.id))?.last_run).toMatch(/"status":"running"/);
    } finally {
      await scheduler.stop();
    }
    // stop() waits for runs in flight: the slow one has ended with its timeout recorded
    expect((await findSource(env.store.db, slow.id))?.last_run).toMatch(/"errorCode":"timeout"/);
  });
});
