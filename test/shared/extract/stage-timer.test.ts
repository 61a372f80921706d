/** The pipeline's timing hook (for the extraction bench): every stage reported once, in order; results unchanged. */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract, STAGES } from '../../../shared/extract/index.ts';
import { readBatch } from '../../../scripts/eval/corpus.ts';
import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';

describe('extract with a stage timer', () => {
  const cases = readBatch(CORPUS_DIR);

  it('reports each stage once, in pipeline order, and extracts exactly what it extracts without one', () => {
    for (const c of cases) {
      const input = () => ({ view: cheerioView(c.html), url: c.url, now: new Date(`${c.now}T12:00:00Z`) });
      const laps: Array<[string, number]> = [];
      const timed = extract(input(), (stage, ms) => laps.push([stage, ms]));
      expect(laps.map(([stage]) => stage), c.name).toEqual([...STAGES]);
      for (const [, ms] of laps) expect(ms).toBeGreaterThanOrEqual(0);
      expect(timed).toEqual(extract(input()));
    }
  });
});
