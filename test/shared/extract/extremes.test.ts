/**
 * The least and the greatest of many numbers without spreading them into one call (a hostile page's 200,000 dates).
 */
import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../../shared/extract/extremes.ts';

describe('minOf and maxOf', () => {
  it('read 200,000 values, where spreading them into Math.min throws', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(values)).toBe(0);
    expect(maxOf(values)).toBe(values.reduce((a, b) => (a > b ? a : b)));
  });

  it('answer as Math.min and Math.max do for no values and for NaN', () => {
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([3, Number.NaN, 1])).toBeNaN();
    expect(maxOf([3, Number.NaN, 1])).toBeNaN();
    expect(minOf([4, -2, 9])).toBe(-2);
    expect(maxOf([4, -2, 9])).toBe(9);
  });
});
