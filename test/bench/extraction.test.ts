/** The extraction bench's measurement: every part timed on real corpus pages, the whole not less than its adapter. */
import { describe, expect, it } from 'vitest';
import { extractionTimes } from '../../bench/extraction.ts';
import { worstCaseTimes } from '../../bench/extraction-worst.ts';
import { readBatch } from '../../scripts/eval/corpus.ts';
import { STAGES } from '../../shared/extract/index.ts';
import { CORPUS_DIR } from '../fixtures/corpus/index.ts';

describe('extraction bench', () => {
  it('gives a median time for the parse, the adapter, every stage and the whole', () => {
    const pages = readBatch(CORPUS_DIR)
      .slice(0, 4)
      .map((c) => ({ html: c.html, url: c.url, now: new Date(`${c.now}T12:00:00Z`) }));
    const ms = extractionTimes(pages, 3);
    expect(Object.keys(ms)).toEqual(['parse', 'view', ...STAGES, 'total']);
    for (const value of Object.values(ms)) expect(Number.isFinite(value) && value >= 0).toBe(true);
    expect(ms.parse).toBeGreaterThan(0);
    expect(ms.total).toBeGreaterThanOrEqual(ms.view);
  });
});

describe('extraction bench, worst cases', () => {
  it('reads each worst case (small sizes here) and times its building and its extraction apart', { timeout: 30_000 }, () => {
    const cases = worstCaseTimes({ depth: 2_000, dates: 50, megabytes: 0.2 });
    expect(cases.map((c) => c.name)).toEqual(['2,000-deep nesting (DOM adapter)', '50 dates', '0.2 MB page']);
    for (const c of cases) {
      expect(c.parseMs).toBeGreaterThan(0);
      expect(c.extractMs).toBeGreaterThan(0);
      expect(c.items).toBeGreaterThanOrEqual(1);
    }
    // the calendar's entries are items of their own
    expect(cases[1].items).toBeGreaterThanOrEqual(40);
  });
});
