/** The extraction bench's measurement: every part timed on real corpus pages, the whole not less than its adapter. */
import { describe, expect, it } from 'vitest';
import { extractionTimes } from '../../bench/extraction.ts';
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
