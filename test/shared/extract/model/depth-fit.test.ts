/**
 * The page depth's trainer (scripts/train/depth.ts): per option a model of whether a page gains by reading deeper, its
 * `sure` chosen by inner folds — deterministic, deeper only where the held-out pages gain, never when no page does.
 */
import { describe, expect, it } from 'vitest';
import { DEPTH_LAMBDA, fitDepth, gainOver, type DepthSample } from '../../../../scripts/train/depth.ts';
import { chooseDepth } from '../../../../shared/extract/depth.ts';

/** Pages of two kinds: listings ("grouped:all") gain an item at the deep option, articles ("grouped:none") make a false one. */
function pages(listingGain = 1): DepthSample[] {
  const out: DepthSample[] = [];
  for (let i = 0; i < 60; i++) {
    const listing = i % 2 === 0;
    const noise = `n${i % 7}`;
    out.push({ case: `p${i}`, fold: i % 3, features: ['bias', listing ? 'grouped:all' : 'grouped:none', noise], gains: [null, listing ? listingGain : -DEPTH_LAMBDA] });
  }
  return out;
}

describe('the page depth’s trainer', () => {
  it('is deterministic: the same samples give the same model', () => {
    expect(JSON.stringify(fitDepth(pages(), [0.7, 0.55]))).toBe(JSON.stringify(fitDepth(pages(), [0.7, 0.55])));
  });

  it('reads listings deeper and articles not, and never an option no page gains by', () => {
    const model = fitDepth(pages(), [0.7, 0.55]);
    expect(model.sure[0]).toBeGreaterThan(1);
    expect(model.sure[1]).toBeLessThanOrEqual(1);
    expect(chooseDepth(model, ['bias', 'grouped:all', 'n1'], 0.8)).toBe(0.55);
    expect(chooseDepth(model, ['bias', 'grouped:none', 'n1'], 0.8)).toBe(0.8);
    const losing = fitDepth(pages(-1), [0.7, 0.55]);
    expect(losing.sure.every((s) => s > 1)).toBe(true);
  });

  it('weighs a false item by λ from the precision target, and a change of nothing as no sample', () => {
    const today = { n: 2, key: 'a', found: 1, fields: 6, false: 1 };
    expect(gainOver(today, { ...today })).toBeNull();
    expect(gainOver(today, { n: 3, key: 'b', found: 2, fields: 13, false: 1 })).toBeCloseTo(2);
    expect(gainOver(today, { n: 3, key: 'c', found: 1, fields: 6, false: 2 })).toBeCloseTo(-DEPTH_LAMBDA);
    expect(DEPTH_LAMBDA).toBeGreaterThanOrEqual(2);
  });
});
