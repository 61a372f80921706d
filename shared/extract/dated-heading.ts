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

/** After a closing date: at most its town ("– 11.4.2016, Waiblingen", "(03.06.-05.06.)"). */
const TAIL = /^[\s)]*(?:,\s*\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|an der|am|im|\(\p{L}+\)))*)?[\s.)]*$/u;

/**
 * The date a heading closes with, after a dash and a name, with its town at most ("Grundlagenseminar »Europa gemeinsam
 * gestalten« - 20.4.2016, Bonn"): a newsletter's or calendar's entry line written name first; otherwise undefined.
 */
export function closingDate(heading: Block, dates: DateFact[]): DateFact | undefined {
  const own = dates.filter((f) => f.block === heading && !f.approximate);
  const last = own.sort((a, b) => b.index - a.index)[0];
  if (!last || !TAIL.test(heading.text.slice(last.index + last.text.length))) return undefined;
  const before = heading.text.slice(0, last.index);
  if (!/\s[–—-]\s*\(?$|\s\($/u.test(before)) return undefined;
  const words = before.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 2 ? last : undefined;
}
