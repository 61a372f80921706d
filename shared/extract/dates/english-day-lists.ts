/**
 * English day lists before one month word ("on 5, 12 and 19 March 2024", "the 3rd, 10th & 17th of June"), as a chrono
 * parser: chrono's English parsers read only the last day. Like the German one (month-name-dates.ts) it returns the
 * list's first day and chrono resumes right after it, so each following day is found by the next match; the last
 * day, standing alone before its month, is chrono's own. Days joined by "and", "&" or commas are separate dates, never
 * a range (ranges are written with a dash or "to", which chrono reads).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isRealDay } from './calendar.ts';
import { tagResult } from './candidate.ts';
import { precededByNumber } from './false-positives.ts';
import { isCapitalised, monthFromName, MONTH_PATTERN, WEEKDAY_PATTERN } from './months.ts';

const SP = '[^\\S\\n]';
const ORDINAL = '(?:st|nd|rd|th)?';
/** one earlier day of the list: "5, ", "12 and ", "3rd & ", "11th or the " (days offered as alternatives) */
const LIST_ITEM = `\\d{1,2}${ORDINAL}${SP}*(?:,|and|&|or)${SP}*(?:(?:the|on)${SP}+)?`;

const PATTERN = new RegExp(
  `(?<list>(?:${LIST_ITEM}){1,6})(?<day>\\d{1,2})${ORDINAL}${SP}+(?:of${SP}+)?(?<month>${MONTH_PATTERN})` +
    `(?:,?${SP}*(?<year>\\d{4})(?!\\d|[.:]\\d))?`,
  'iu',
);
const FIRST_DAY = new RegExp(`^(\\d{1,2})${ORDINAL}`, 'iu');

/** The English day-list parser. */
export function englishDayListParser(): Parser {
  return { pattern: () => PATTERN, extract: extractDayList };
}

function extractDayList(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const g = match.groups ?? {};
  const monthWord = g.month ?? '';
  const month = monthFromName(monthWord);
  if (month === null || !isCapitalised(monthWord)) return null;
  const start = match.index ?? 0;
  if (precededByNumber(context.text, start)) return null; // "2019, 5 and 6 May": the list starts inside a number
  const year = g.year === undefined ? null : Number(g.year);
  const days = [...(g.list ?? '').matchAll(/\d{1,2}/g), [g.day ?? '']].map((m) => Number(m[0]));
  for (const day of days) if (!isRealDay(year, month, day)) return null;
  const first = FIRST_DAY.exec(match[0])!;
  const result = context.createParsingResult(start, first[0], year === null ? { month, day: days[0]! } : { year, month, day: days[0]! });
  return tagResult(result, 'month-name');
}

/**
 * An English range of ordinal days before one month word ("from the 18th until the 20th of May", "Wednesday the 18th
 * to Friday the 20th of May 2022"): chrono reads only the last day. One mention from the first day to the last.
 */
const RANGE_PATTERN = new RegExp(
  `(?<d1>\\d{1,2})(?:st|nd|rd|th)${SP}*(?:[-‐‑–—−]|to|until|till|through|thru)${SP}*` +
    `(?:(?:${WEEKDAY_PATTERN})\\.?,?${SP}+)?(?:the${SP}+)?(?<d2>\\d{1,2})${ORDINAL}${SP}+(?:of${SP}+)?(?<month>${MONTH_PATTERN})` +
    `(?:,?${SP}*(?<year>\\d{4})(?!\\d|[.:]\\d))?`,
  'iu',
);

/** The English ordinal day-range parser. */
export function englishOrdinalRangeParser(): Parser {
  return { pattern: () => RANGE_PATTERN, extract: extractOrdinalRange };
}

function extractOrdinalRange(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const g = match.groups ?? {};
  const monthWord = g.month ?? '';
  const month = monthFromName(monthWord);
  if (month === null || !isCapitalised(monthWord)) return null;
  const start = match.index ?? 0;
  if (precededByNumber(context.text, start)) return null;
  const year = g.year === undefined ? null : Number(g.year);
  const [first, last] = [Number(g.d1), Number(g.d2)];
  if (last <= first || !isRealDay(year, month, first) || !isRealDay(year, month, last)) return null;
  const day = (d: number) => (year === null ? { month, day: d } : { year, month, day: d });
  return tagResult(context.createParsingResult(start, match[0], day(first), day(last)), 'month-name');
}
