/** The binary search over sorted items (sorted.ts): how many items are at most a value. */
import { describe, expect, it } from 'vitest';
import { atMost, countAtMost } from '../../../shared/extract/sorted.ts';

describe('countAtMost', () => {
  it('counts the items at or below a value, equal ones included', () => {
    const sorted = [0, 3, 3, 7, 12];
    expect([-1, 0, 2, 3, 6, 7, 11, 12, 99].map((x) => atMost(sorted, x))).toEqual([0, 1, 1, 3, 3, 4, 4, 5, 5]);
    expect(atMost([], 5)).toBe(0);
  });

  it('reads the number through a key, and answers for 100,000 items as a linear count does', () => {
    const spans = Array.from({ length: 100_000 }, (_, i) => ({ from: Math.floor(i / 3) }));
    for (const x of [-1, 0, 1, 500, 33_332, 33_333, 40_000]) expect(countAtMost(spans, x, (s) => s.from)).toBe(spans.filter((s) => s.from <= x).length);
  });
});
