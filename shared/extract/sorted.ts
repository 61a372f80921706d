/**
 * A binary search over items sorted by a number (pure): how many of them are at most `x` — the index of the first item
 * above it. For look-ups that must stay n·log n on a page of 100,000 blocks (which block holds an offset, how many
 * dated candidates a span holds, which spans open by a day).
 */
export function countAtMost<T>(sorted: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `countAtMost` over numbers themselves. */
export const atMost = (sorted: readonly number[], x: number): number => countAtMost(sorted, x, (n) => n);
