/**
 * Vague dates as a chrono parser: "Anfang März" → 1st, "Mitte Juni" / "mid-June" → 15th, "Ende Mai 2024" /
 * "end of May 2024" → last day of the month. They come out with `approximate: true` and a low confidence; a month
 * alone ("im Mai 2024") is not a date mention.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { daysInMonth } from './calendar.ts';
import { TAG, tagResult } from './candidate.ts';
import { isCapitalised, MONTH_PATTERN, monthFromName } from './months.ts';

const SP = '[^\\S\\n]';
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?<cue>anfang|beginn|mitte|ende|ultimo|early|beginning${SP}+of|start${SP}+of|mid|middle${SP}+of|late|end${SP}+of)` +
    `${SP}*-?${SP}*(?<month>${MONTH_PATTERN})(?:${SP}+(?<year>\\d{4})(?!\\d|[.:]\\d))?`,
  'iu',
);

/** The approximate-date parser. */
export function approximateDateParser(): Parser {
  return { pattern: () => PATTERN, extract: extractApproximate };
}

function extractApproximate(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const g = match.groups ?? {};
  if (/\p{L}/u.test(context.text.charAt((match.index ?? 0) - 1))) return null; // "Projektende Mai"
  const monthWord = g.month ?? '';
  const month = monthFromName(monthWord);
  if (month === null || !isCapitalised(monthWord)) return null;
  const year = g.year === undefined ? null : Number(g.year);
  const cue = (g.cue ?? '').toLowerCase();
  let day: number;
  if (/^(?:anfang|beginn|early|beginning|start)/.test(cue)) day = 1;
  else if (/^(?:mitte|mid|middle)/.test(cue)) day = 15;
  else day = month === 2 && year === null ? 28 : daysInMonth(month, year); // "Ende Februar": 28th unless a leap year is written

  const components = year === null ? { month, day } : { year, month, day };
  const result = context.createParsingResult(match.index ?? 0, match[0], components);
  result.addTag(TAG.approximate);
  return tagResult(result, 'approximate');
}
