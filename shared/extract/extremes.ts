/**
 * The least and the greatest of some numbers, counted in a loop: `Math.min(...values)` spreads every value into one
 * call's arguments and throws a RangeError past the engine's limit (~120,000), which a hostile page reaches. As
 * Math.min/Math.max: Infinity and -Infinity for no values.
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const x of values) if (x < least || Number.isNaN(x)) least = x;
  return least;
}

export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const x of values) if (x > most || Number.isNaN(x)) most = x;
  return most;
}
