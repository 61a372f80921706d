/**
 * German dates with a month name, as a chrono parser for what chrono's own German parser misses: abbreviations
 * like "Febr.", day lists ("3./4. Juni", "3., 10. und 17. Juni", "17. oder 24. Juli", "10./17. oder 24. Juli": days
 * offered as alternatives are days too), "zwischen dem 1. und 15. März", and a day written without its dot ("11 Dezember
 * 2019"). A list yields one result per day: the parser returns the first day and
 * chrono resumes right after it, so the next day is found by the next match.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isRealDay } from './calendar.ts';
import { tagResult } from './candidate.ts';
import { precededByNumber } from './false-positives.ts';
import { GERMAN_MONTH_PATTERN, isCapitalised, monthFromName } from './months.ts';

const SP = '[^\\S\\n]';
const DASH = '[-‐‑–—−]';
const SEPARATOR = `(?:,|und|u\\.|&|oder|bzw\\.|/|${DASH}|bis(?:${SP}+zum)?)`;
/** one earlier day of a list: "3./", "17-", "1. und (dem) ", "22. und am " */
const LIST_ITEM = `\\d{1,2}(?:\\.${SP}*${SEPARATOR}|${SP}*(?:${DASH}|/))${SP}*(?:(?:dem|zum|am)${SP}+)?`;

const PATTERN = new RegExp(
  `(?<between>zwischen${SP}+(?:dem${SP}+)?)?` +
    `(?<list>(?:${LIST_ITEM}){0,6})` +
    `(?<day>\\d{1,2})(?<dot>\\.?)${SP}*(?<month>${GERMAN_MONTH_PATTERN})` +
    `(?:,?${SP}*(?<year>\\d{4})(?!\\d|[.:]\\d))?`,
  'iu',
);
const DATE_CUE_BEFORE = /(?:^|[^\p{L}])(?:am|bis|ab|zum|vom|seit)\s*$/iu;
const ITEM = new RegExp(`(\\d{1,2})(?:\\.?)${SP}*(${SEPARATOR})${SP}*(?:(?:dem|zum|am)${SP}+)?`, 'giu');

/** The German month-name parser. */
export function germanMonthNameParser(): Parser {
  return { pattern: () => PATTERN, extract: extractMonthName };
}

interface Item {
  day: number;
  offset: number; // where the day's digits start, relative to the match
  stop: number; // where the day (with its dot) ends
  separator: string; // to the next day
}

function extractMonthName(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const g = match.groups ?? {};
  const matchIndex = match.index ?? 0;
  const monthWord = g.month ?? '';
  const month = monthFromName(monthWord);
  if (month === null || !isCapitalised(monthWord)) return null;
  const year = g.year === undefined ? null : Number(g.year);

  const listStart = (g.between ?? '').length;
  const items = listItems(g.list ?? '', listStart);
  const mainOffset = listStart + (g.list ?? '').length;
  items.push({ day: Number(g.day), offset: mainOffset, stop: match[0].length, separator: '' });

  const first = items[0]!;
  const absoluteStart = matchIndex + first.offset;
  if (precededByNumber(context.text, absoluteStart)) return null; // "2019 Mai", "1.5 Mai"
  if (!g.dot && items.length === 1 && !g.year && !DATE_CUE_BEFORE.test(context.text.slice(Math.max(0, absoluteStart - 8), absoluteStart))) {
    return null; // "3 Juni" without dot or year is too weak (page numbers, counts); "11 Dezember 2019" is fine
  }
  for (const item of items) if (!isRealDay(year, month, item.day)) return null;

  const second = items[1];
  // a slash joins a pair of days into a range ("3./4. Juni"); in a longer list it separates days ("10./17. oder 24. Juli")
  const rangeSeparator = /^(?:[-‐‑–—−]|bis)/.test(first.separator) || (first.separator === '/' && items.length === 2);
  const andSeparator = /^(?:und|u\.|&)$/.test(first.separator);
  const consecutivePair = second !== undefined && second.day === first.day + 1 && items.length === 2;
  const isRange = rangeSeparator || (andSeparator && (g.between !== undefined || consecutivePair));
  const date = (day: number) => (year === null ? { month, day } : { year, month, day });

  if (isRange && second !== undefined) {
    if (second.day <= first.day) return null;
    const stop = items.length === 2 ? match[0].length : second.stop;
    const result = context.createParsingResult(absoluteStart, match[0].slice(first.offset, stop), date(first.day), date(second.day));
    return tagResult(result, 'month-name');
  }
  const stop = items.length === 1 ? match[0].length : first.stop;
  const result = context.createParsingResult(absoluteStart, match[0].slice(first.offset, stop), date(first.day));
  return tagResult(result, 'month-name');
}

function listItems(list: string, base: number): Item[] {
  const items: Item[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(list); m !== null; m = ITEM.exec(list)) {
    const digits = m[1] ?? '';
    const dot = list.charAt(m.index + digits.length) === '.' ? 1 : 0;
    items.push({
      day: Number(digits),
      offset: base + m.index,
      stop: base + m.index + digits.length + dot,
      separator: (m[2] ?? '').toLowerCase(),
    });
  }
  return items;
}
