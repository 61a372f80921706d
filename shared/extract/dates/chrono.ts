/**
 * chrono-node as the base layer. From chrono we take its parsing loop and the parsers that read month names
 * (German little-endian, English little- and middle-endian with ordinals, weekdays and "1 – 15 March") and ISO
 * dates; next to them run our parsers for what chrono misses or misreads (numeric dates, German abbreviations and day
 * lists, vague dates). chrono's time, slash-date and relative parsers stay out: times are read by times.ts, which
 * knows "ab 16.00 Uhr", 24:00 and zones; "10-16.30 Uhr" is not 16 October 2030; "in 5 Tagen" is not a written date.
 * Its refiners stay out too: ranges, weekdays and overlaps are settled on candidates (ranges.ts, index.ts).
 */
import { de, en, ParsingComponents, ParsingResult, type Parser } from 'chrono-node';
import { approximateDateParser } from './approximate.ts';
import { isRealDay } from './calendar.ts';
import { formOf, TAG, tagResult, type Candidate, type DateForm } from './candidate.ts';
import { englishDayListParser, englishOrdinalRangeParser } from './english-day-lists.ts';
import { parseWith } from './engine.ts';
import { germanMonthNameParser } from './month-name-dates.ts';
import { isCapitalised, monthFromName, MONTH_PATTERN } from './months.ts';
import { numericDateParser } from './numeric.ts';
import { foreignMonthNameParser } from './foreign-month-names.ts';
import { toBerlin } from './timezones.ts';
import type { FindDatesOptions, WrittenDate } from './types.ts';

/** chrono implies missing fields from a reference day; we read only certain fields, so any fixed day will do. */
const DEFAULT_REFERENCE = new Date(Date.UTC(2020, 0, 1, 12));

/**
 * chrono exports no parser classes, and class names do not survive minification, so its parsers are picked by
 * what they read: a parser is taken when it reads the whole sample on its own.
 */
function parsersReading(parsers: Parser[], sample: string): Parser[] {
  return parsers.filter((parser) =>
    parseWith([parser], sample, DEFAULT_REFERENCE).some((result) => result.index === 0 && result.text === sample),
  );
}

/** chrono's parser wrapped so its results carry our form tag and the mark of the base layer. */
function asBase(parser: Parser, form: DateForm): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract: (context, match) => {
      const found = parser.extract(context, match);
      if (found === null) return null;
      const result =
        found instanceof ParsingResult
          ? found
          : found instanceof ParsingComponents
            ? Object.assign(context.createParsingResult(match.index ?? 0, match[0]), { start: found })
            : context.createParsingResult(match.index ?? 0, match[0], found);
      result.addTag(TAG.base);
      return tagResult(result, form);
    },
  };
}

interface BaseParsers {
  iso: Parser[];
  german: Parser[];
  english: Parser[];
}

let base: BaseParsers | null = null;

function baseParsers(): BaseParsers {
  if (base) return base;
  const german = de.createConfiguration(true).parsers;
  const english = en.configuration.createConfiguration(true, false).parsers;
  const first = (found: Parser[]) => found.slice(0, 1);
  base = {
    iso: first(parsersReading(german, '2019-12-17T12:30:00+01:00')).map((p) => asBase(p, 'iso')),
    german: first(parsersReading(german, '17. Dezember 2019')).map((p) => asBase(p, 'month-name')),
    english: [
      ...first(parsersReading(english, '17 December 2019')),
      ...first(parsersReading(english, 'December 17, 2019')),
    ].map((p) => asBase(p, 'month-name')),
  };
  return base;
}

const engines = new Map<string, Parser[]>();

/** The chrono engine for a language hint and a slash-date order, built once. */
function engine(lang: FindDatesOptions['lang'], order: 'dmy' | 'mdy'): Parser[] {
  const key = `${lang ?? 'any'}/${order}`;
  const known = engines.get(key);
  if (known) return known;
  const b = baseParsers();
  const parsers: Parser[] = [...b.iso];
  if (lang !== 'en') parsers.push(...b.german);
  if (lang !== 'de') parsers.push(...b.english);
  parsers.push(numericDateParser(order), approximateDateParser());
  if (lang !== 'en') parsers.push(germanMonthNameParser());
  if (lang !== 'de') parsers.push(englishDayListParser(), englishOrdinalRangeParser());
  parsers.push(foreignMonthNameParser()); // French, Italian and Nordic dates quoted on German and English pages
  engines.set(key, parsers);
  return parsers;
}

/** Every date chrono and our parsers read in `text`, overlapping and unsorted, as candidates. */
export function parseCandidates(text: string, options: FindDatesOptions = {}): Candidate[] {
  const results = parseWith(engine(options.lang, options.order ?? 'dmy'), text, options.now ?? DEFAULT_REFERENCE);
  const candidates: Candidate[] = [];
  for (const result of results as ParsingResult[]) {
    const candidate = toCandidate(result, text);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** A month word read with the number after it ("April, 26") … */
const MONTH_THEN_DAY = new RegExp(`^${MONTH_PATTERN}[\\s,]+\\d{1,2}$`, 'iu');
/** … when that number is the day of the next month word ("5 April, 26 April 2024"): the number is not this date's */
const DAY_OF_NEXT_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_PATTERN}`, 'iu');

/** A chrono result as a candidate: certain fields only, chrono's misreadings corrected or dropped. */
function toCandidate(result: ParsingResult, whole: string): Candidate | null {
  const isBase = result.tags().has(TAG.base);
  const form = formOf(result.start) ?? 'month-name';
  let index = result.index;
  let text = result.text;

  const lead = /^(?:am|den|on|the)\s+/i.exec(text); // chrono keeps "am 5. Mai", "on 9 April" in its text
  if (lead) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  if (isBase && MONTH_THEN_DAY.test(text) && DAY_OF_NEXT_MONTH.test(whole.slice(index + text.length))) return null;
  let dropYear = false;
  if (isBase && form === 'month-name') {
    if (!monthWordsCapitalised(text)) return null; // "up to 5 may apply"
    // chrono reads any 1–4 digits after the month as a year: "9 April 10 participants", "2. Mai 12 Teilnehmer"
    const shortYear = /[\s,/-]+(\d{1,3})$/.exec(text);
    if (shortYear && result.start.isCertain('year')) {
      dropYear = true;
      text = text.slice(0, shortYear.index);
    }
  }

  const start = writtenDate(result.start, dropYear);
  if (!start) return null;
  const end = result.end ? writtenDate(result.end, dropYear) : null;
  const candidate: Candidate = { index, length: text.length, start, form, base: isBase };
  if (dropYear) candidate.claim = { index: result.index, length: result.text.length };
  if (end && !sameDay(start, end)) candidate.end = end;
  if (result.tags().has(TAG.approximate)) candidate.approximate = true;
  return candidate;
}

function writtenDate(components: ParsingComponents, dropYear: boolean): WrittenDate | null {
  if (!components.isCertain('month') || !components.isCertain('day')) return null; // "March 2023", weekdays
  const year = components.isCertain('year') && !dropYear ? components.get('year') : null;
  const month = components.get('month') ?? 0;
  const day = components.get('day') ?? 0;
  if (!isRealDay(year, month, day)) return null;
  const date: WrittenDate = { year, month, day };
  if (components.isCertain('hour') && year !== null) {
    const clock = { year, month, day, hour: components.get('hour') ?? 0, minute: components.get('minute') ?? 0 };
    const offset = components.isCertain('timezoneOffset') ? components.get('timezoneOffset') : null;
    const local = offset === null ? clock : toBerlin(clock, offset);
    return { year: local.year, month: local.month, day: local.day, time: { hour: local.hour, minute: local.minute } };
  }
  return date;
}

function monthWordsCapitalised(text: string): boolean {
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (monthFromName(word) !== null && !isCapitalised(word)) return false;
  }
  return true;
}

function sameDay(a: WrittenDate, b: WrittenDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && !a.time && !b.time;
}
