/**
 * The costly `closed`, `relative` and `rolling` patterns run only where their hint words stand (cues/types.ts `hints`):
 * a hint never misses what its pattern finds (test/shared/extract/cues/hints.test.ts), so the answer is the pattern's.
 */
import { cueWordsOf } from './scan.ts';
import type { CueSet } from './types.ts';

export type Hinted = keyof CueSet['hints'];

/** `set[which].test(text)`, skipped where the hint is absent (both asked through the text's one scan of cue words). */
export function finds(set: CueSet, which: Hinted, text: string): boolean {
  const words = cueWordsOf(text);
  return words.test(set.hints[which]) && words.test(set[which]);
}
