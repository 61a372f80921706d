/**
 * The word of a clause that holds its event noun ("Online-Vortrag", "session") and the words that qualify it before
 * it ("A Grant Writing Workshop", "Mitteldeutscher Wasserstoffkongress", "Presentation event"): shared by the events a
 * call announces (announced-events.ts) and a programme told in sentences (prose-events.ts).
 */
import type { CueSet } from './cues/types.ts';
import { framedBy } from './cues/words.ts';
import { upperFirst } from './upper-first.ts';

/** Up to three words right before the noun, back to an article, a preposition, a date or a mark; undefined without one. */
export function modifiers(clause: string, noun: string): string | undefined {
  const at = clause.toLowerCase().indexOf(noun.toLowerCase());
  const words = clause.slice(Math.max(0, at - 60), at).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 3; i--) {
    const w = words[i];
    if (FUNCTION_WORD.test(w) || /[\d,;:.!?()"„“”'‘’]/u.test(w)) break;
    // a capitalised word before a lower-case qualifier is the clause's subject ("bietet die Kreisvolkshochschule zwei …"),
    // unless it opens the sentence ("Lead applicant workshop in Rotterdam …")
    if (kept.length && /^\p{Ll}/u.test(kept[0]) && /^\p{Lu}/u.test(w) && i > 0 && !/[.!?:]$/u.test(words[i - 1])) break;
    kept.unshift(w);
  }
  return kept.length ? kept.join(' ') : undefined;
}

/** Words that end a noun's qualifiers: articles, prepositions, joiners. */
const FUNCTION_WORD = /^(?:a|an|the|this|our|ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|am|im|in|on|at|to|zum|zur|zu|mit|with|for|of|by|and|und|oder|or|is|ist|sind|are|beim|vom|from|bei|auf|über)$/iu;

/** Where the word holding a text's first event noun starts ("Online-Infoveranstaltung", "Kinoabend"); -1 without one. */
export function nounStart(text: string, cues: CueSet[]): number {
  let at = -1;
  for (const c of cues) {
    const m = firstOf(c.eventNouns).exec(text);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at < 0 ? -1 : text.slice(0, at).search(/[\p{L}\p{N}-]*$/u);
}

/** The word of a clause that holds its first event noun ("Online-Vortrag", "Kinoabend"), undefined without one. */
export function nounWord(clause: string, cues: CueSet[]): string | undefined {
  const start = nounStart(clause, cues);
  const word = start < 0 ? undefined : /^[\p{L}\p{N}-]+/u.exec(clause.slice(start))?.[0];
  return word ? upperFirst(word) : undefined;
}

/** The cue pattern without the global flag (a search from the start), compiled once. */
export const firstOf = (pattern: RegExp) => framedBy(pattern, '', '', pattern.flags.replace('g', ''));

/**
 * The event noun with qualifiers that name it in the clause's own case ("Presentation event", "Lead Applicant
 * workshop"); undefined without a capitalised qualifier ("online information sessions" only describes them).
 */
export function qualifiedNoun(clause: string, cues: CueSet[]): string | undefined {
  const noun = nounWord(clause, cues);
  const before = noun && modifiers(clause, noun);
  // an acronym before the noun names whose it is, not which ("an MC meeting")
  if (!noun || !before || !/\p{Lu}/u.test(before) || /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(before)) return undefined;
  const own = clause.slice(clause.toLowerCase().indexOf(noun.toLowerCase())).split(/[\s,;:.]/u)[0];
  return `${upperFirst(before)} ${own}`;
}
