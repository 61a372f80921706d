/**
 * The towns running text names after a preposition that the strict "in <Town>" of location-candidates.ts leaves (pure):
 * "in <Town>" followed by a lower-case word — a verb's particle, a preposition ("lädt … in Trier ein", "beginnt … in
 * Lütau beginnt", "in Halberstadt vor", "in Schwerte unter dem Titel") — or by a slash ("in Müschen / Spreewald"), and
 * the goal of a journey or an invitation after "nach" ("lädt … nach Dortmund", "fahren wir nach Leipzig"). German
 * capitalises every noun, so such a word is as often a noun ("in Kooperation mit", "nach Absprache"): each is only a
 * location candidate, told apart by its source, and the learned choice weighs it with the features every town has
 * (an abstract noun's ending, how the page uses the word after an article). One regular-expression pass per text.
 */
import { ABSTRACT_NOUN, IN_TOWN_CLOSERS, TOWN_NAME as TOWN } from './location.ts';

export interface ProseTown {
  value: string;
  source: 'in-town:open' | 'in-town:slash' | 'nach-town';
}

/** "in <Town>" before a lower-case word or a slash; "nach <Town>" before a lower-case word, a separator or the end */
const PROSE = new RegExp(String.raw`(?<![\p{L}])(?:(?:in|In)\s+(${TOWN})(?:\s+(\p{Ll}+)|\s+(\/)\s)|(?:nach|Nach)\s+(${TOWN})(?=\s*(?:$|[,.;:!)–—|]|\s\p{Ll})))`, 'gu');
/** lower-case words after "in <Noun>" that make it a phrase, not a town ("in Kooperation mit", "in Höhe von") */
const PHRASE_WORD = /^(?:mit|von|zu|zur|zum|der|des|auf|über)$/u;
/** lower-case words after which the strict "in <Town>" (location-candidates.ts IN_TOWN) already reads the town */
const STRICT_WORD = new RegExp(`^(?:${IN_TOWN_CLOSERS})$`, 'u');

/** The towns a text names after "in" (open) or "nach". */
export function proseTowns(text: string): ProseTown[] {
  const out: ProseTown[] = [];
  if (text.length > 20_000) return out;
  for (const m of text.matchAll(PROSE)) {
    const value = m[1] ?? m[4];
    if (ABSTRACT_NOUN.test(value)) continue;
    if (m[4]) out.push({ value, source: 'nach-town' });
    else if (m[3]) out.push({ value, source: 'in-town:slash' });
    else if (!PHRASE_WORD.test(m[2]) && !STRICT_WORD.test(m[2])) out.push({ value, source: 'in-town:open' });
  }
  return out;
}
