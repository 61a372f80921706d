/**
 * A weekday written in front of a date ("Dienstag, 17. Dezember 2019", "Do., 04.07.2019", "Tuesday 9 April") joins
 * the mention, and is kept to check the date: a weekday that does not fit lowers the confidence. A weekday alone
 * ("Fr. Dr. Schmidt", "So können wir", "Mo–Fr 8–12 Uhr") is never a date.
 */
import { stopOf, type Candidate } from './candidate.ts';
import { WEEKDAY_PATTERN, isCapitalised, weekdayFromName } from './months.ts';

const WEEKDAY_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<word>${WEEKDAY_PATTERN})\\.?,?[^\\S\\n]*(?:(?:den|the)[^\\S\\n]+)?$`,
  'iu',
);

/** Extends each candidate over a weekday written right in front of it. */
export function attachWeekdays(text: string, candidates: Candidate[]): Candidate[] {
  let previousStop = 0;
  return candidates.map((candidate) => {
    const from = Math.max(previousStop, candidate.index - 24);
    previousStop = stopOf(candidate);
    const match = WEEKDAY_BEFORE.exec(text.slice(from, candidate.index));
    const word = match?.groups?.word;
    if (!match || !word || !isCapitalised(word)) return candidate;
    const weekday = weekdayFromName(word);
    if (weekday === null) return candidate;
    const index = from + match.index + match[0].indexOf(word);
    return { ...candidate, index, length: stopOf(candidate) - index, weekday };
  });
}
