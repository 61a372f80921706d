/**
 * Date ranges written as two dates: "01.03.–30.04.2025", "17. Dezember 2019 bis 18. Dezember 2019",
 * "zwischen dem 1. März und dem 15. April", "March 31 – April 2, 2023". One mention with `end`; a year written once
 * at the end belongs to both days. "bis spätestens 31.03.2022" is a single date: a range needs a date on each side.
 * Day lists inside one expression ("17.–18.12.2019", "3./4. Juni") are read by the parsers themselves.
 */
import { compareMonthDay, daysInMonth } from './calendar.ts';
import { stopOf, type Candidate } from './candidate.ts';
import { WEEKDAY_PATTERN } from './months.ts';
import type { WrittenDate } from './types.ts';

const SP = '[^\\S\\n]';
const WEEKDAY = `(?:${WEEKDAY_PATTERN}\\.?,?${SP}*)?`;
/** what may stand between the two days of a range (a comma may close the first day's apposition: "Do., 30. Mai, bis …") */
const RANGE_BETWEEN = new RegExp(
  `^${SP}*,?${SP}*(?:[-‐‑–—−]|bis(?:${SP}+(?:zum|einschließlich|einschl\\.|inkl\\.))?|to|until|till|through|thru)${SP}*` +
    `(?:(?:zum|dem|the)${SP}+)?${WEEKDAY}$`,
  'iu',
);
const AND_BETWEEN = new RegExp(`^${SP}*(?:und|and)${SP}+(?:(?:dem|the)${SP}+)?${WEEKDAY}$`, 'iu');
/**
 * A slash between two numeric days ("11.09./12.09.2021", "30.09./01.10."): a pair of consecutive days is one range, as
 * "3./4. Juni" is; days further apart are alternatives or a list ("15.04. / 29.07."), two dates.
 */
const SLASH_BETWEEN = new RegExp(`^${SP}?/${SP}?$`, 'u');
const NUMERIC = new Set<Candidate['form']>(['numeric', 'numeric-no-year', 'numeric-short-year']);
const BETWEEN_BEFORE = new RegExp(`(?:zwischen|between)${SP}+(?:(?:dem|the)${SP}+)?${WEEKDAY}$`, 'iu');

/** Merges neighbouring candidates that form a range; `candidates` are sorted and do not overlap. */
export function mergeRanges(text: string, candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const next of candidates) {
    const previous = merged[merged.length - 1];
    const range = previous ? asRange(text, previous, next) : null;
    if (range) merged[merged.length - 1] = range;
    else merged.push(next);
  }
  return merged;
}

function asRange(text: string, from: Candidate, to: Candidate): Candidate | null {
  if (from.end || to.end || from.recurring || to.recurring) return null;
  const between = text.slice(stopOf(from), to.index);
  const joined =
    RANGE_BETWEEN.test(between) ||
    (AND_BETWEEN.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, from.index - 24), from.index))) ||
    (SLASH_BETWEEN.test(between) && NUMERIC.has(from.form) && NUMERIC.has(to.form) && nextDay(from.start, to.start));
  if (!joined) return null;
  const days = withSharedYear(from.start, to.start);
  if (!days) return null;
  const range: Candidate = {
    ...from,
    length: stopOf(to) - from.index,
    start: days[0],
    end: days[1],
    // a year written once for both days counts for both ("01.03.–30.04.2025" is as sure as "30.04.2025")
    form: from.start.year === null && to.start.year !== null ? to.form : from.form,
    endForm: to.start.year === null && from.start.year !== null ? from.form : to.form,
  };
  delete range.claim;
  if (to.approximate) range.approximate = true;
  return range;
}

/** `b` is the day after `a` (within a month or into the next; a year written on one side only counts for both). */
function nextDay(a: WrittenDate, b: WrittenDate): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year && !(a.month === 12 && b.month === 1)) return false;
  if (a.month === b.month) return b.day === a.day + 1;
  const lastDay = daysInMonth(a.month, a.year ?? b.year);
  return (b.month === a.month + 1 || (a.month === 12 && b.month === 1)) && a.day === lastDay && b.day === 1;
}

/**
 * The two days with a year written on one side given to the other ("01.03.–30.04.2025": both 2025;
 * "15.12.–15.01.2025": the first is 2024), or null when they are not in order.
 */
function withSharedYear(start: WrittenDate, end: WrittenDate): [WrittenDate, WrittenDate] | null {
  const order = compareMonthDay(start, end);
  const first = { ...start };
  const last = { ...end };
  if (first.year === null && last.year !== null) first.year = order <= 0 ? last.year : last.year - 1;
  else if (last.year === null && first.year !== null) last.year = order <= 0 ? first.year : first.year + 1;
  if (first.year !== null && last.year !== null) {
    const byYear = first.year - last.year || order;
    if (byYear > 0) return null;
    if (byYear === 0 && !first.time && !last.time) return null; // the same day twice
  } else if (order === 0) {
    return null;
  }
  return [first, last];
}
