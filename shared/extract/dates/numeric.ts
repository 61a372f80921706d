/**
 * Numeric dates as a chrono parser: "31.03.2022", "31.3.22", "07.04." (no year), "17.–18.12.2019" (days sharing a
 * month), "5., 12. und 19.03.2024" (a day list), "09/04/2019" (d/m/y, or m/d/y when the page says so), "2023/07/31",
 * "31-03-2022". chrono's own slash parser reads "10-16.30 Uhr" as a date and knows no year-less "07.04.", so this one
 * replaces it; every match must also pass the context checks of false-positives.ts.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { expandTwoDigitYear, isRealDay } from './calendar.ts';
import { tagResult, type DateForm } from './candidate.ts';
import { isNumericFalsePositive } from './false-positives.ts';

const DASH = '[-‐‑–—−]';
/**
 * what joins the days of a list sharing one month: "22. und 23.05.", "05.+23.05.", "5., 12. und 19.03.", "12. oder
 * 19.05."; English writes the first day without its dot ("25 and 26.04.2023")
 */
const LIST_SEP = String.raw`und|u\.|&|\+|,|oder|bzw\.`;

// One alternative per shape; the day range and the day pair come first so "17.–18.12.2019" and "22. und 23.05.2017"
// are not read as their second day alone.
const PATTERN = new RegExp(
  [
    String.raw`(?<rd1>\d{1,2})\.?[^\S\n]*(?:${DASH}|/|bis)[^\S\n]*(?<rd2>\d{1,2})\.[^\S\n]?(?<rm>\d{1,2})\.(?<ry>\d{4}|\d{2})?`,
    String.raw`(?<pd1>\d{1,2})(?:\.[^\S\n]*(?<psep>${LIST_SEP})|[^\S\n]+(?<pand>and|&))[^\S\n]*(?<pmid>(?:\d{1,2}\.[^\S\n]*(?:${LIST_SEP})[^\S\n]*){0,5})(?<pd2>\d{1,2})\.[^\S\n]?(?<pm>\d{1,2})\.(?<py>\d{4}|\d{2})?`,
    String.raw`(?<d>\d{1,2})\.(?<gap>[^\S\n]?)(?<m>\d{1,2})\.(?:(?<y>\d{4}|\d{2})|(?<ysp>[^\S\n])(?<y4>\d{4}))?`,
    String.raw`(?<sa>\d{1,2})/(?<sb>\d{1,2})/(?<sy>\d{4}|\d{2})`,
    String.raw`(?<iy>\d{4})[/.](?<im>\d{1,2})[/.](?<id>\d{1,2})`,
    String.raw`(?<hd>\d{1,2})-(?<hm>\d{1,2})-(?<hy>\d{4})`,
  ].join('|'),
  'u',
);

interface Day {
  year: number | null;
  month: number;
  day: number;
}

/** The numeric date parser; `order` decides how slash dates are read. */
export function numericDateParser(order: 'dmy' | 'mdy'): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context, match) => extractNumeric(context, match, order),
  };
}

function extractNumeric(context: ParsingContext, match: RegExpMatchArray, order: 'dmy' | 'mdy'): ParsingResult | null {
  const g = match.groups ?? {};
  const index = match.index ?? 0;
  let text = match[0];
  let start: Day;
  let end: Day | undefined;
  let form: DateForm;
  const year = (written: string | undefined): number | null =>
    written === undefined ? null : written.length === 2 ? expandTwoDigitYear(Number(written), context.refDate) : Number(written);

  if (g.rd1 !== undefined) {
    const y = year(g.ry);
    start = { year: y, month: Number(g.rm), day: Number(g.rd1) };
    end = { year: y, month: Number(g.rm), day: Number(g.rd2) };
    if (end.day <= start.day) return null;
    form = formOfYear(g.ry);
  } else if (g.pd1 !== undefined) {
    // "22. und 23.05.2017", "23.+24.11.", "5., 12. und 19.03.2024": days of one month, as the month-name parser reads
    // "3. und 4. Juni" — a pair of consecutive days joined by "und"/"&"/"+" is one range; otherwise the first day alone
    // (with the month and year written after the last), and the parser resumes at the next day, which the next match
    // reads. Days offered as alternatives ("12. oder 13.05.") stay two days.
    const y = year(g.py);
    const first = Number(g.pd1);
    const second = Number(/^\d+/.exec(g.pmid ?? '')?.[0] ?? g.pd2);
    start = { year: y, month: Number(g.pm), day: first };
    // English writes the first day without its dot: "25 and 26.04.2023"
    const joins = /^(?:und|u\.|&|\+|and)$/.test(g.psep ?? g.pand ?? '');
    if (second === first + 1 && joins && !g.pmid) end = { year: y, month: Number(g.pm), day: second };
    else if (second > first) text = text.slice(0, g.pd1.length + (g.pand === undefined ? 1 : 0));
    else return null;
    form = formOfYear(g.py);
  } else if (g.d !== undefined) {
    let written = g.y;
    if (g.y4 !== undefined) {
      // "17. 12. 2019" is spaced throughout; "07.04. 2023" is a year-less date followed by another number
      if (g.gap) written = g.y4;
      else text = text.slice(0, text.length - g.y4.length - (g.ysp ?? '').length);
    }
    start = { year: year(written), month: Number(g.m), day: Number(g.d) };
    form = formOfYear(written);
  } else if (g.sa !== undefined) {
    const [day, month] = order === 'mdy' ? [g.sb, g.sa] : [g.sa, g.sb];
    start = { year: year(g.sy), month: Number(month), day: Number(day) };
    form = 'slash';
  } else if (g.iy !== undefined) {
    start = { year: Number(g.iy), month: Number(g.im), day: Number(g.id) };
    form = 'numeric';
  } else {
    start = { year: Number(g.hy), month: Number(g.hm), day: Number(g.hd) };
    form = 'numeric';
  }

  if (!isRealDay(start.year, start.month, start.day)) return null;
  if (end && !isRealDay(end.year, end.month, end.day)) return null;
  if (isNumericFalsePositive(context.text, index, index + text.length)) return null;

  const result = context.createParsingResult(index, text, components(start), end && components(end));
  return tagResult(result, form);
}

function formOfYear(written: string | undefined): DateForm {
  if (written === undefined) return 'numeric-no-year';
  return written.length === 2 ? 'numeric-short-year' : 'numeric';
}

function components(day: Day): Record<string, number> {
  return day.year === null ? { month: day.month, day: day.day } : { year: day.year, month: day.month, day: day.day };
}
