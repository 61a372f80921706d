/**
 * The costly `closed`, `relative` and `rolling` patterns run only where their hint words stand (cues/types.ts `hints`):
 * a hint never misses what its pattern finds (test/shared/extract/cues/hints.test.ts), so the answer is the pattern's.
 */
import type { CueSet } from './types.ts';

export type Hinted = keyof CueSet['hints'];

/** `set[which].test(text)`, skipped where the hint is absent. */
export function finds(set: CueSet, which: Hinted, text: string): boolean {
  return set.hints[which].test(text) && set[which].test(text);
}
