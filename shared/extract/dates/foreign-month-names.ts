/**
 * Dates written in French, Italian, Danish, Norwegian or Swedish, as pages in German or English written outside
 * Germany or at its borders quote them: day first ("le 3 mars 2024", "1er avril", "du 13 au 15 mai 2024", "dal 13 al
 * 15 maggio", "23. maj", "fra 9. august til 13. september 2019", "19 januari 2012"), the month word in lower case. A
 * chrono parser like month-name-dates.ts; a range is one result.
 * A word these languages share with German or English ("mai", "juni", "august", "december") is read here only as they
 * write it and German or English do not — in lower case, after a day with its dot, before a year, or after a French or
 * Italian word ("le 3 mai") — so "3 Juni" without a dot stays as weak as month-name-dates.ts makes it.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isRealDay } from './calendar.ts';
import { tagResult } from './candidate.ts';
import { precededByNumber } from './false-positives.ts';
import { isCapitalised, monthFromName } from './months.ts';

/** month words (full, and the abbreviations French writes with a dot) → month */
const MONTHS: Record<string, number> = {
  // French
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  // Italian
  gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9,
  ottobre: 10, dicembre: 12,
  // Danish, Norwegian, Swedish
  januar: 1, januari: 1, februar: 2, februari: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7, august: 8, augusti: 8,
  september: 9, oktober: 10, november: 11, december: 12, desember: 12,
};
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`;
const SP = '[^\\S\\n]';
/** a day: "3", "03", "3." (Nordic), "1er" (premier), "1°"/"1º" (primo) */
const DAY = '(?:1er|1ᵉʳ|1°|1º|[0-3]?\\d\\.?)';
/** between the two days of a range: a dash, "au" (French), "al" (Italian), "til"/"till" (Nordic) */
const TO = `(?:${SP}*[-‐‑–—−]${SP}*|${SP}+(?:au|al|jusqu['’]au|til|till)${SP}+)`;
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,:/])(?:(?<d1>${DAY})(?:${SP}*(?<m1>${MONTH})(?:${SP}+(?<y1>[12]\\d{3}))?)?${TO})?` +
    `(?<d>${DAY})${SP}*(?<month>${MONTH})(?:${SP}+(?<year>[12]\\d{3})(?!\\d|[.:]\\d))?`,
  'iu',
);
/** a French or Italian word before the day ("le 3 mai", "du 3 au 5 mai", "il 3 maggio") */
const ROMANCE_BEFORE = /(?:^|[^\p{L}])(?:le|du|au|dès|jusqu['’]au|avant|après|il|dal|al|entro|fino)\s*$/iu;

/** The parser of French, Italian and Nordic month names. */
export function foreignMonthNameParser(): Parser {
  return { pattern: () => PATTERN, extract };
}

const dayOf = (written: string) => Number(/^\d+/.exec(written)?.[0] ?? NaN);
const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;

/** A month word German or English read too is taken here only in a form of its own (see the file's comment). */
function ownForm(word: string, day: string, year: string | undefined, cue: boolean): boolean {
  if (monthFromName(word) === null) return true;
  if (isCapitalised(word)) return false;
  return day.endsWith('.') || year !== undefined || cue;
}

function extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const g = match.groups ?? {};
  const start = match.index ?? 0;
  if (precededByNumber(context.text, start)) return null;
  const month = monthOf(g.month ?? '');
  if (month === null) return null;
  // a number after the month that is no year ("1. januar 0001", "3 mars 12 participants"): no date of this form
  if (g.year === undefined && /^[^\S\n]*\d/.test(context.text.slice(start + match[0].length))) return null;
  const year = g.year === undefined ? null : Number(g.year);
  const cue = ROMANCE_BEFORE.test(context.text.slice(Math.max(0, start - 14), start));
  if (!ownForm(g.month ?? '', g.d ?? '', g.year, cue || g.d1 !== undefined)) return null;
  if (g.m1 !== undefined && !ownForm(g.m1, g.d1 ?? '', g.y1 ?? g.year, true)) return null;
  const day = dayOf(g.d ?? '');
  if (!isRealDay(year, month, day)) return null;
  const last = year === null ? { month, day } : { year, month, day };
  if (g.d1 === undefined) return tagResult(context.createParsingResult(start, match[0], last), 'month-name');

  const firstMonth = g.m1 === undefined ? month : monthOf(g.m1);
  if (firstMonth === null) return null;
  const firstDay = dayOf(g.d1);
  const firstYear = g.y1 !== undefined ? Number(g.y1) : year === null ? null : firstMonth > month ? year - 1 : year;
  if (!isRealDay(firstYear, firstMonth, firstDay)) return null;
  if (firstMonth === month && firstYear === year && firstDay >= day) return null; // "15 au 13 mai" is no range
  const first = firstYear === null ? { month: firstMonth, day: firstDay } : { year: firstYear, month: firstMonth, day: firstDay };
  return tagResult(context.createParsingResult(start, match[0], first, last), 'month-name');
}
