/**
 * findDates / findTimes: chrono and our parsers read candidates, then overlaps, ranges, weekdays, recurrence and
 * times are settled in that order (each step in its own file), and candidates become mentions.
 */
import { attachTimes } from './attach-times.ts';
import { stopOf, type Candidate } from './candidate.ts';
import { parseCandidates } from './chrono.ts';
import { confidenceOf } from './confidence.ts';
import { withListedDays } from './month-first-lists.ts';
import { mergeRanges } from './ranges.ts';
import { markRecurring } from './recurring.ts';
import { joinDateLines } from './split-lines.ts';
import { scanTimes, type TimeCandidate } from './times.ts';
import { settleZone, type Zone } from './timezones.ts';
import type { DateMention, FindDatesOptions, TimeMention, WrittenDate } from './types.ts';
import { attachWeekdays } from './weekdays.ts';

/** Text that can hold no date: no digit, no word of a vague date ("Ende Mai"), no ordinal word ("first of May"). */
const DATE_WORDS =
  /anfang|beginn|mitte|ende|ultimo|early|mid|late|end\s+of|beginning|start\s+of|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const DIGIT = /\d/;
/**
 * Letters every month word holds, German or English, full or abbreviated (months.ts and chrono's dictionaries). Without
 * a digit only the parsers that read a month word (vague dates, ordinal words) can find a date.
 */
const MONTH_LETTERS = /jan|jän|jae|feb|mär|mae|mrz|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec/iu;
/** A digit is found by a plain scan; the words are searched only in a text without one. */
const mayHoldDate = (text: string) => DIGIT.test(text) || (DATE_WORDS.test(text) && MONTH_LETTERS.test(text));

/** Every date expression in `text`, ordered by index and non-overlapping; a range is one mention with `end`. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return findDatesAndTimes(text, options).dates;
}

/**
 * Time expressions that belong to no date in `text` ("Zeit: 10 bis 14 Uhr (MEZ)", "ab 16.00 Uhr"); a time joined
 * to a date ("31.03.2022, 12:00 Uhr") is part of that DateMention instead. A time in a fixed zone other than
 * Berlin's cannot be converted without its date: it is kept as written, with `tz`.
 */
export function findTimes(text: string): TimeMention[] {
  // without a clock time there is nothing to settle against the dates: the costly date parse is left out
  const scanned = timesOf(text);
  if (!scanned.length) return [];
  return settle(text, {}, scanned).times;
}

/**
 * The clock times of the last texts read (never changed by their readers): facts.ts reads a block's dates and then
 * its times, and a date's sentence is often its whole block, so the same text is scanned for times up to three times.
 */
const recentTimes = new Map<string, TimeCandidate[]>();
const RECENT = 32;

function timesOf(text: string): TimeCandidate[] {
  let found = recentTimes.get(text);
  if (!found) {
    if (recentTimes.size >= RECENT) recentTimes.clear();
    recentTimes.set(text, (found = scanTimes(text)));
  }
  return found;
}

/** findDates and findTimes in one pass over the text. */
export function findDatesAndTimes(
  text: string,
  options: FindDatesOptions = {},
): { dates: DateMention[]; times: TimeMention[] } {
  return settle(text, options);
}

/** The dates and times of a text; `scanned` when its clock times were already read. */
function settle(written: string, options: FindDatesOptions, scanned?: TimeCandidate[]): { dates: DateMention[]; times: TimeMention[] } {
  if (!mayHoldDate(written)) return { dates: [], times: [] };
  // a date written one part per line is read as one line (split-lines.ts; the same length, so indices hold)
  const text = joinDateLines(written);
  const settled = withListedDays(text, withoutOverlaps(parseCandidates(text, options)));
  const recurring = markRecurring(text, attachWeekdays(text, mergeRanges(text, settled)));
  const times = outside(scanned ?? timesOf(text), recurring);
  const { dates, unattached } = attachTimes(text, recurring, times, options.now, options.clock);
  return {
    dates: dates.map((candidate) => toMention(text, candidate)),
    times: unattached.map((time) => toTimeMention(text, time, options.clock)),
  };
}

/**
 * Sorted by index; of two overlapping candidates the one whose parser read more text stays (`claim`, before a
 * misread year was cut off: "9 April 10 participants" keeps 9 April against "April 10"), and on a tie chrono's
 * (the base). Only the text a candidate keeps can collide: in "31. Mai, 30. September" the "30" chrono took as a
 * year is free again for 30 September.
 */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const read = (c: Candidate) => (c.claim ?? c).length;
  const sorted = [...candidates].sort(
    (a, b) => a.index - b.index || read(b) - read(a) || Number(b.base ?? false) - Number(a.base ?? false),
  );
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (!last || candidate.index >= stopOf(last)) kept.push(candidate);
    else if (read(candidate) > read(last)) kept[kept.length - 1] = candidate;
  }
  return kept;
}

/** The times that overlap no date ("bis 11.02." is a date, not 11:02); both lists are sorted. */
function outside(times: TimeCandidate[], dates: Candidate[]): TimeCandidate[] {
  let d = 0;
  return times.filter((time) => {
    while (d < dates.length && stopOf(dates[d]!) <= time.index) d++;
    const date = dates[d];
    return !date || date.index >= stopOf(time);
  });
}

function toMention(text: string, candidate: Candidate): DateMention {
  const mention: DateMention = {
    index: candidate.index,
    length: candidate.length,
    text: text.slice(candidate.index, stopOf(candidate)),
    start: copy(candidate.start),
    confidence: confidenceOf(text, candidate),
  };
  if (candidate.end) mention.end = copy(candidate.end);
  if (candidate.recurring) mention.recurring = 'yearly';
  if (candidate.approximate) mention.approximate = true;
  if (candidate.weekday !== undefined && candidate.start.year === null) mention.weekday = candidate.weekday;
  return mention;
}

function copy(date: WrittenDate): WrittenDate {
  const written: WrittenDate = { year: date.year, month: date.month, day: date.day };
  if (date.time) written.time = { ...date.time };
  if (date.endOfDay) written.endOfDay = true;
  if (date.tz) written.tz = date.tz;
  return written;
}

function toTimeMention(text: string, time: TimeCandidate, clock: Zone | undefined): TimeMention {
  const mention: TimeMention = {
    index: time.index,
    length: time.length,
    text: text.slice(time.index, stopOf(time)),
    start: { ...time.start },
  };
  if (time.end) mention.end = { ...time.end };
  // an ambiguous zone ("CST") is a zone only where the page's country settles it
  const zone = settleZone(time.zone, clock);
  if (zone && zone.kind !== 'berlin') mention.tz = zone.written;
  if (time.qualifier) mention.qualifier = time.qualifier;
  if (time.openingHours) mention.openingHours = true;
  return mention;
}
