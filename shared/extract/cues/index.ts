/** The cue registry: one small file per language. A language missing here is a compile error where it is used. */
import { de } from './de.ts';
import { en } from './en.ts';
import type { CueSet } from './types.ts';

export type Lang = 'de' | 'en';

export const cueSets: Record<Lang, CueSet> = { de, en };

/** The page's language first, then the others: pages mix languages (English programme names in German text). */
export function cuesFor(lang: Lang): CueSet[] {
  return [cueSets[lang], ...Object.values(cueSets).filter((set) => set !== cueSets[lang])];
}
