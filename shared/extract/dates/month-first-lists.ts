/**
 * English day lists after one month word ("Fridays February 2, 9, 16 and 23", "on May 4 and 11, 2024", "Jan. 5, 12 &
 * 19"): chrono reads the month and its first day only. The days that follow, joined by commas and a last "and", "&"
 * or "or", are days of the same month (and of the year written after the last one): a fact of how English writes a
 * list. A number that goes on as a time ("June 2, 3:00 PM"), a year ("May 16, 2018") or another month's day ("May 4
 * and 11 June") is no day of the list; the days must rise.
 */
import { isRealDay } from './calendar.ts';
import { stopOf, type Candidate } from './candidate.ts';
import { isCapitalised, monthFromName, MONTH_PATTERN } from './months.ts';

const SP = '[^\\S\\n]';
const ORDINAL = '(?:st|nd|rd|th)?';
/** the candidate as chrono read it: a month word, then its day */
const MONTH_FIRST = new RegExp(`^(?<month>${MONTH_PATTERN})${SP}+\\d{1,2}${ORDINAL}$`, 'iu');
/** the rest of the list right after the first day: ", 9, 16 and 23" (a last joining word is required), a year after it */
const LIST_TAIL = new RegExp(
  `^(?<commas>(?:${SP}*,${SP}*\\d{1,2}${ORDINAL}(?!\\d|[.:]\\d))*)${SP}*,?${SP}+(?:and|&|or)${SP}+(?<last>\\d{1,2})${ORDINAL}` +
    `(?<year>,?${SP}*\\d{4})?(?!\\d|[.:]\\d|${SP}*(?:[ap]\\.?${SP}?m\\b|uhr|h\\b|o'clock|${MONTH_PATTERN}|%|-|–))`,
  'iu',
);
const DAY = /\d{1,2}/g;

/** The candidates with the further days of each month-first list added, in order; nothing is removed. */
export function withListedDays(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    out.push(candidate);
    if (candidate.end || candidate.form !== 'month-name') continue;
    const written = MONTH_FIRST.exec(text.slice(candidate.index, stopOf(candidate)));
    const monthWord = written?.groups?.month;
    if (!monthWord || !isCapitalised(monthWord) || monthFromName(monthWord) !== candidate.start.month) continue;
    const from = stopOf(candidate);
    const tail = LIST_TAIL.exec(text.slice(from, from + 80));
    if (!tail) continue;
    const next = candidates[i + 1];
    const tailStop = from + tail[0].length;
    if (next && next.index < tailStop) continue; // another reading holds part of it
    const yearWritten = tail.groups?.year;
    const year = yearWritten ? Number(/\d{4}/.exec(yearWritten)![0]) : candidate.start.year;
    const listed: Candidate[] = [];
    let previous = candidate.start.day;
    const daysText = tail[0].slice(0, yearWritten ? tail[0].length - yearWritten.length : tail[0].length);
    let ok = true;
    for (const m of daysText.matchAll(DAY)) {
      const day = Number(m[0]);
      if (day <= previous || !isRealDay(year, candidate.start.month, day)) {
        ok = false;
        break;
      }
      previous = day;
      const index = from + (m.index ?? 0);
      const ordinal = /^(?:st|nd|rd|th)/i.exec(text.slice(index + m[0].length))?.[0] ?? '';
      listed.push({ index, length: m[0].length + ordinal.length, start: { year, month: candidate.start.month, day }, form: 'month-name' });
    }
    if (!ok) continue;
    if (year !== candidate.start.year) out[out.length - 1] = { ...candidate, start: { ...candidate.start, year } };
    out.push(...listed);
  }
  return out;
}
