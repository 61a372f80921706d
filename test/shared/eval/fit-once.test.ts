import { describe, expect, it } from 'vitest';
import type { Extractor, LabelledCase } from '../../../shared/eval/cross-validate.ts';
import { fitOnce } from '../../../shared/eval/fit-once.ts';

const page = (batch: string, name: string): LabelledCase => ({ batch, name, html: '<p>x</p>', url: 'https://example.org/', now: '2024-01-01', items: [] });

describe('fitting once per training set (the evaluation and its calibration report share the folds)', () => {
  it('fits a training set once and hands out the same extractor for the same pages', async () => {
    const seen: string[][] = [];
    const fit = fitOnce((training) => {
      seen.push(training.map((c) => c.name));
      const extractor: Extractor = () => [{ n: training.length }];
      return extractor;
    });
    const a = [page('b', 'one'), page('b', 'two')];
    const first = await fit(a);
    const again = await fit([page('b', 'one'), page('b', 'two')]);
    expect(again).toBe(first);
    expect(seen).toEqual([['one', 'two']]);
  });

  it('fits anew when the pages, their batch or their order differ', async () => {
    let fits = 0;
    const fit = fitOnce(() => {
      fits++;
      return () => [];
    });
    await fit([page('b', 'one'), page('b', 'two')]);
    await fit([page('b', 'two'), page('b', 'one')]);
    await fit([page('c', 'one'), page('b', 'two')]);
    await fit([page('b', 'one')]);
    expect(fits).toBe(4);
  });

  it('shares a fit still under way', async () => {
    let fits = 0;
    const fit = fitOnce(async () => {
      fits++;
      await new Promise((r) => setTimeout(r, 5));
      return () => [];
    });
    const [a, b] = await Promise.all([fit([page('b', 'one')]), fit([page('b', 'one')])]);
    expect(a).toBe(b);
    expect(fits).toBe(1);
  });
});
