/**
 * Among units that nest, the smallest (pure): of the candidate units the learned segmentation is confident about, those
 * that hold another confident one are that one's surroundings (the entry with its heading, the section around it), not
 * a second item, so they are dropped and the one inside stays. Units span consecutive blocks, so a unit holds another
 * when its first block is at or before the other's and its last at or after; sorted by first block (and the wider
 * first), a unit holds another exactly when some unit after it ends no later than it does — n·log n, whatever the page.
 */
import type { Unit } from '../segment.ts';

const firstOf = (u: Unit) => u.blocks[0].id;
const lastOf = (u: Unit) => u.blocks[u.blocks.length - 1].id;

/** The entries whose unit holds no other entry's (the same span twice is no nesting), in the order given. */
export function innermost<T extends { unit: Unit }>(entries: readonly T[]): T[] {
  const order = entries.map((_, i) => i).filter((i) => entries[i].unit.blocks.length > 0);
  order.sort((a, b) => firstOf(entries[a].unit) - firstOf(entries[b].unit) || lastOf(entries[b].unit) - lastOf(entries[a].unit));
  // the smallest last block among the entries from position k on
  const suffixLast = new Array<number>(order.length + 1).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) suffixLast[k] = Math.min(suffixLast[k + 1], lastOf(entries[order[k]].unit));
  const outer = new Set<number>();
  for (let k = 0; k < order.length; ) {
    const [first, last] = [firstOf(entries[order[k]].unit), lastOf(entries[order[k]].unit)];
    let next = k;
    while (next < order.length && firstOf(entries[order[next]].unit) === first && lastOf(entries[order[next]].unit) === last) next++;
    if (suffixLast[next] <= last) for (let j = k; j < next; j++) outer.add(order[j]);
    k = next;
  }
  return entries.filter((e, i) => e.unit.blocks.length > 0 && !outer.has(i));
}
