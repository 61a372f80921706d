/**
 * Yearly dates: "jährlich bis 30. April", "jeweils zum 15.10. des Vorjahres", "jedes Jahr bis zum 31. Januar",
 * "dreimal im Jahr: 31. Januar, 31. Mai, 30. September", "annually by 31 January". Only a date without a year can
 * recur; the pipeline resolves it to the next occurrence. A cue reaches to the end of its clause, and a list of
 * dates after it recurs as a whole.
 */
import { stopOf, type Candidate } from './candidate.ts';

const SP = '[^\\S\\n]';
const CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:all)?jährlich(?:e[nrms]?)?|jedes${SP}+jahr|jeweils|(?:ein|zwei|drei|vier|fünf|sechs|\\d+)${SP}*-?mal${SP}+(?:im|pro)${SP}+jahr|` +
    `annually|yearly|every${SP}+year|each${SP}+year|(?:once|twice|three${SP}+times|four${SP}+times|\\d+${SP}+times)${SP}+(?:a|per)${SP}+year)` +
    `(?![\\p{L}])[^.;!?\\n]{0,50}$`,
  'iu',
);
const CUE_AFTER = new RegExp(
  `^${SP}*(?:(?:des|eines)${SP}+(?:vorjahres|vorjahrs|folgejahres|jeweiligen${SP}+jahres)|(?:eines${SP}+)?jed(?:es|en)${SP}+jahres|` +
    `of${SP}+(?:each|every|the${SP}+(?:previous|preceding|following))${SP}+year|each${SP}+year|every${SP}+year|annually|jährlich)(?![\\p{L}])`,
  'iu',
);
/** between two dates of one list: "31. Januar, 31. Mai und 30. September" */
const LIST_GAP = new RegExp(
  `^${SP}*(?:[,;:/]|und|and|sowie|bzw\\.|oder|or|&)${SP}*(?:(?:bis|zum|am|den|dem|der|by|on|the)${SP}+)*$`,
  'iu',
);

/** Marks yearly dates (and extends a mention over "des Vorjahres"); `candidates` are sorted. */
export function markRecurring(text: string, candidates: Candidate[]): Candidate[] {
  let previous: Candidate | undefined;
  return candidates.map((candidate) => {
    const before = previous;
    previous = candidate;
    if (candidate.start.year !== null || (candidate.end && candidate.end.year !== null) || candidate.approximate) {
      return candidate;
    }
    const from = before ? stopOf(before) : 0;
    const gap = text.slice(Math.max(from, candidate.index - 80), candidate.index);
    const after = CUE_AFTER.exec(text.slice(stopOf(candidate), stopOf(candidate) + 40));
    const listed = before?.recurring === true && LIST_GAP.test(text.slice(stopOf(before), candidate.index));
    if (!after && !listed && !CUE_BEFORE.test(gap)) return candidate;
    const marked: Candidate = { ...candidate, recurring: true };
    if (after) marked.length += after[0].length;
    previous = marked;
    return marked;
  });
}
