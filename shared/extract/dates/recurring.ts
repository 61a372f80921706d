/**
 * Yearly dates: "jährlich bis 30. April", "jeweils zum 15.10. des Vorjahres", "jedes Jahr bis zum 31. Januar",
 * "dreimal im Jahr: 31. Januar, 31. Mai, 30. September", "annually by 31 January". Only a date without a year can
 * recur; the pipeline resolves it to the next occurrence. A cue reaches to the end of its clause, a cue that counts
 * the times a year ("dreimal im Jahr", "jährlich", "twice a year") to the end of its sentence; a list of dates after
 * a cue recurs as a whole, and so does a list closed by one ("28.02., 31.05. oder 31.08. des jeweiligen Jahres").
 */
import { stopOf, type Candidate } from './candidate.ts';

const SP = '[^\\S\\n]';
/**
 * Words that say how often a year the dates come back ("jährlich", "dreimal im Jahr", "twice a year"); they reach to
 * the end of their sentence ("Bewerbungen sind dreimal im Jahr möglich: bis zum 31. Januar für …, bis zum 31. Mai für
 * …"). "jeweils" reaches only to a date close after it: it counts many things ("jeweils bis zu 500 Euro").
 */
const YEARLY_WORDS =
  `(?:all)?jährlich(?:e[nrms]?)?|jedes${SP}+jahr|(?:ein|zwei|drei|vier|fünf|sechs|\\d+)${SP}*-?mal${SP}+(?:im|pro)${SP}+jahr|` +
  `annually|yearly|every${SP}+year|each${SP}+year|(?:once|twice|three${SP}+times|four${SP}+times|\\d+${SP}+times)${SP}+(?:a|per)${SP}+year`;
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${YEARLY_WORDS}|jeweils)(?![\\p{L}])[^.;!?\\n]{0,50}$`, 'iu');
const YEARLY_IN_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${YEARLY_WORDS})(?![\\p{L}])`, 'iu');
const CUE_AFTER = new RegExp(
  `^${SP}*(?:(?:des|eines)${SP}+(?:vorjahres|vorjahrs|folgejahres|jeweiligen${SP}+(?:kalender|haushalts)?jahres)|(?:eines${SP}+)?jed(?:es|en)${SP}+(?:kalender|haushalts)?jahres|` +
    `of${SP}+(?:each|every|the${SP}+(?:previous|preceding|following))${SP}+year|each${SP}+year|every${SP}+year|annually|jährlich)(?![\\p{L}])`,
  'iu',
);
/** How far back a sentence is looked at for such a cue. */
const SENTENCE_REACH = 240;

/** The text of the sentence before `index`: back to a sentence's end (a full stop after a letter, "!", "?", ";", a line break). */
function sentenceBefore(text: string, index: number): string {
  const from = Math.max(0, index - SENTENCE_REACH);
  const before = text.slice(from, index);
  let cut = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const ch = before[i];
    if (ch === '\n' || ch === '!' || ch === '?' || ch === ';') { cut = i + 1; break; }
    // a full stop after a digit is a date's or a number's ("31.05.", "31. Januar"), not a sentence's end
    if (ch === '.' && i > 0 && !/\d/.test(before[i - 1]) && /\s/.test(before[i + 1] ?? ' ')) { cut = i + 1; break; }
  }
  return before.slice(cut);
}

/** between two dates of one list: "31. Januar, 31. Mai und 30. September" */
const LIST_GAP = new RegExp(
  `^${SP}*(?:[,;:/]|und|and|sowie|bzw\\.|oder|or|&)${SP}*(?:(?:bis|zum|am|den|dem|der|by|on|the)${SP}+)*$`,
  'iu',
);

/** A date written without a year (only such a date can recur). */
const yearless = (c: Candidate) => c.start.year === null && (!c.end || c.end.year === null) && !c.approximate;

/** Marks yearly dates (and extends a mention over "des Vorjahres"); `candidates` are sorted. */
export function markRecurring(text: string, candidates: Candidate[]): Candidate[] {
  let previous: Candidate | undefined;
  const marked = candidates.map((candidate) => {
    const before = previous;
    previous = candidate;
    if (!yearless(candidate)) return candidate;
    const from = before ? stopOf(before) : 0;
    const gap = text.slice(Math.max(from, candidate.index - 80), candidate.index);
    const after = CUE_AFTER.exec(text.slice(stopOf(candidate), stopOf(candidate) + 40));
    const listed = before?.recurring === true && LIST_GAP.test(text.slice(stopOf(before), candidate.index));
    if (!after && !listed && !CUE_BEFORE.test(gap) && !YEARLY_IN_SENTENCE.test(sentenceBefore(text, candidate.index))) return candidate;
    const yearly: Candidate = { ...candidate, recurring: true };
    if (after) yearly.length += after[0].length;
    previous = yearly;
    return yearly;
  });
  return closedLists(text, marked);
}

/** The dates of a list whose last one recurs ("des jeweiligen Jahres" after the last) recur with it. */
function closedLists(text: string, candidates: Candidate[]): Candidate[] {
  for (let i = candidates.length - 1; i > 0; i--) {
    const later = candidates[i];
    const earlier = candidates[i - 1];
    if (later.recurring && !earlier.recurring && yearless(earlier) && LIST_GAP.test(text.slice(stopOf(earlier), later.index))) {
      candidates[i - 1] = { ...earlier, recurring: true };
    }
  }
  return candidates;
}
