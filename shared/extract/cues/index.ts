/** The cue registry: one small file per language. A language missing here is a compile error where it is used. */
import { de } from './de.ts';
import { en } from './en.ts';
import { dateLanguages, dateWords } from './date-words.ts';
import type { CueSet } from './types.ts';

export type Lang = 'de' | 'en';

export const cueSets: Record<Lang, CueSet> = { de, en };

/** The date words of the languages read only for their dates (French, Italian, Nordic, Dutch; cues/date-words.ts). */
export { dateLanguages, dateWords };

/**
 * The page's language first, then the others: pages mix languages (English programme names in German text); the date
 * words of the other languages last.
 */
export function cuesFor(lang: Lang): CueSet[] {
  return [cueSets[lang], ...Object.values(cueSets).filter((set) => set !== cueSets[lang]), dateWords];
}
