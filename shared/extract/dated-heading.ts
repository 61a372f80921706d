/**
 * A heading that opens with its entry's date ("Di 03. September – Fairtrade-Schule …", "Fr–So, 23.–25. August – Tagung
 * …"): a newsletter's or calendar's entry line. The date is the entry's own (its start), whatever cue words it lacks.
 */
import type { Block } from './blocks.ts';
import type { DateFact } from './facts.ts';

/** At most a weekday or two before the date ("Di", "Di & Do,", "Fr–So,"). */
const LEAD = /^[\p{L}.]{0,4}(?:\s*[&–\-,/]\s*[\p{L}.]{0,4})?[\s,:]*$/u;

/** The date the heading opens with, when words (a name) follow it; otherwise undefined. */
export function openingDate(heading: Block, dates: DateFact[]): DateFact | undefined {
  const first = dates.filter((f) => f.block === heading && !f.approximate).sort((a, b) => a.index - b.index)[0];
  if (!first || !LEAD.test(heading.text.slice(0, first.index))) return undefined;
  const rest = heading.text.slice(first.index + first.text.length);
  // a name after the date: two words, or one long one ("Antirassismus-Folgetraining")
  const words = rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 2 || (words.length === 1 && words[0].length >= 8) ? first : undefined;
}
