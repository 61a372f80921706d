/**
 * Clock times and time ranges: "19 Uhr", "12:30", "ab 16.00 Uhr", "10-16.30 Uhr", "17:00 bis 18:15 Uhr",
 * "4:00 pm UTC", "17:00:00 Brussels time", "10:00–11:00 CET", "11–24 Uhr", "von 17 bis ca. 20 Uhr", the French "14h00" and
 * "13h30 à 14h30". A bare number is a time only with "Uhr"/"h"/am-pm/a zone, or as the first half of a range whose
 * second half is one ("10 bis 14 Uhr"); "16.30" needs "Uhr" or "um"/"ab"/"bis" in front, so amounts ("12.50 €") and
 * dates ("17.12.") stay out.
 */
import { codePointBefore } from '../code-points.ts';
import { WEEKDAY_PATTERN } from './months.ts';
import { AMBIGUOUS_AFTER, readZone, ZONE_PATTERN, type Zone } from './timezones.ts';
import type { ClockTime } from './types.ts';

/** A time expression found in a text, its zone not yet applied. */
export interface TimeCandidate {
  index: number;
  length: number;
  start: ClockTime;
  end?: ClockTime;
  zone?: Zone;
  qualifier?: 'from' | 'until';
  openingHours?: boolean;
}

const SP = '[^\\S\\n]';
const DASH = '[-‐‑–—−]';
const clock = (n: number) =>
  `(?<h${n}>\\d{1,2})(?:(?<sep${n}>[:.h])(?<m${n}>[0-5]\\d)(?::[0-5]\\d)?)?` +
  `(?:${SP}?(?<ap${n}>[ap])\\.?${SP}?m\\.?(?![\\p{L}]))?` +
  `(?:${SP}*(?<u${n}>uhr|h|hrs|o'clock)(?![\\p{L}]))?`;

/** an end written as approximate ("von 17 bis ca. 20 Uhr", "10.30 bis etwa 16.30 Uhr", "2 to approx. 4 pm"): still the end */
const APPROX = '(?:ca\\.|circa|etwa|gegen|approx\\.|approximately|about)';

/** A time expression (exported for the check that scanTimes finds what this pattern finds at every position). */
export const TIME_SOURCE =
  `(?<![\\d.,:/\\p{L}])(?:(?<q>ab|um|von|vom|gegen|bis|seit|from|at|until|till|by|before|after|ca\\.|circa|kl\\.)${SP}+)?` +
    `(?<![\\d.,:/])${clock(1)}` +
    `(?:${SP}*(?:${DASH}|bis|to|until|till|à)${SP}*(?:${APPROX}${SP}*)?${clock(2)})?` +
    `(?!\\d|[.:,]\\d)` +
    `(?:${SP}*(?:\\(${SP}*(?<zp>${ZONE_PATTERN})${SP}*\\)|(?<z>${ZONE_PATTERN})))?`;
/** Reads what might be a time at one position; most numbers are not, and only those that might are read again with indices. */
const SCAN = new RegExp(TIME_SOURCE, 'yiu');
/** The same, with the indices readTime needs. */
const AT = new RegExp(TIME_SOURCE, 'yiud');
const QUALIFIER_CHAR = /^[\p{L}.]$/iu;
const SPACE_IN_LINE = /^[^\S\n]$/;

const OPENING_HOURS_BEFORE = new RegExp(
  `(?:${WEEKDAY_PATTERN}\\.?${SP}*(?:${DASH}|/|bis|to|und|&)${SP}*${WEEKDAY_PATTERN}|sprechzeit|öffnungszeit|servicezeit|` +
    `geschäftszeit|bürozeit|erreichbar|werktags|montags|opening hours|office hours|business hours|` +
    `monday to friday|mon${DASH}fri)[^\\n]{0,30}$`,
  'iu',
);

/** words after which "16.30" is a clock time; the Nordic "kl." (klokken, klockan) is the German "um" */
const DOTTED_TIME_CUES = new Set(['um', 'ab', 'bis', 'gegen', 'von', 'vom', 'seit', 'kl.']);

const QUALIFIERS: Record<string, 'from' | 'until'> = {
  ab: 'from', von: 'from', vom: 'from', seit: 'from', from: 'from', after: 'from',
  bis: 'until', until: 'until', till: 'until', by: 'until', before: 'until',
};

interface Clock {
  hour: number;
  minute: number;
  colon: boolean; // "12:30" is a time on its own
  dotted: boolean; // "16.30" needs support
  unit: boolean; // "Uhr", "h"
  meridiem?: 'a' | 'p';
  stop: number; // end of this clock in the text
}

/** Every time expression in `text`, in order. */
export function scanTimes(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  if (/\d/.test(text)) {
    for (const match of timeMatches(text)) {
      if (!mayBeTime(match.groups ?? {})) continue;
      AT.lastIndex = match.index;
      const candidate = readTime(text, AT.exec(text)!);
      if (candidate) found.push(candidate);
    }
  }
  return NOON_HINT.test(text) ? withNoon(text, found) : found;
}

/**
 * "noon", "midday", "12 noon", "12.00 midday" are 12:00 by definition ("The closing date is noon on November 28",
 * "by 12 noon on Friday 9 April"): English names of a clock time that carry no digit of their own (or a bare "12" that
 * is no time alone). Each becomes a time at 12:00 with the qualifier before it; one already read ("12:00 noon") stays.
 */
const NOON_HINT = /noon|midday/i;
const NOON = new RegExp(
  `(?<![\\p{L}\\d.:])(?:(?<q>at|by|until|till|before|from)${SP}+)?(?:12(?:[:.]00)?${SP}*)?(?:noon|midday)(?![\\p{L}])`,
  'giu',
);

function withNoon(text: string, found: TimeCandidate[]): TimeCandidate[] {
  const out = [...found];
  for (const m of text.matchAll(NOON)) {
    const index = m.index ?? 0;
    const stop = index + m[0].length;
    if (found.some((t) => t.index < stop && index < t.index + t.length)) continue;
    const candidate: TimeCandidate = { index, length: m[0].length, start: { hour: 12, minute: 0 } };
    const qualifier = QUALIFIERS[(m.groups?.q ?? '').toLowerCase()];
    if (qualifier) candidate.qualifier = qualifier;
    out.push(candidate);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The German "am" before a day ("WERKSTATT 1 am Samstag, den 25. April", "Tag 2 am 3. Mai", "Gruppe 4 am den …"): a
 * preposition, no a.m. — a grammar fact; the English a.m. is not followed by a German weekday, "den"/"dem" or a day "3.".
 */
const GERMAN_AM = new RegExp(`^am[^\\S\\n]+(?:den |dem |\\d{1,2}\\.|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?![\\p{L}]))`, 'iu');

/**
 * The matches of TIME_SOURCE a global search finds, one after the other. A match starts at a number (its first digit)
 * or at the qualifier word before it ("ab 16.30 Uhr"), so the pattern is tried only there, number by number, instead
 * of at every position of the text.
 */
export function* timeMatches(text: string): Generator<RegExpExecArray> {
  let from = 0; // where the last match ended: a global search goes on from there
  const numbers = /[0-9]+/g; // the generator's own: it pauses between matches
  for (let digits = numbers.exec(text); digits; digits = numbers.exec(text)) {
    if (digits.index < from) continue;
    const match = matchAt(text, qualifierBefore(text, digits.index), from) ?? matchAt(text, digits.index, from);
    if (!match) continue;
    from = match.index + match[0].length; // a match is never empty
    yield match;
  }
}

function matchAt(text: string, at: number, from: number): RegExpExecArray | null {
  if (at < from) return null;
  SCAN.lastIndex = at;
  return SCAN.exec(text);
}

/**
 * Where a qualifier word ("ab", "um", "ca.") before the number at `digit` would start: the start of the run of letters
 * and dots before the spaces before it (the pattern's qualifier must not follow a letter or a dot); -1 when none stands there.
 */
function qualifierBefore(text: string, digit: number): number {
  let i = digit;
  while (i > 0 && SPACE_IN_LINE.test(text[i - 1])) i--;
  if (i === digit) return -1;
  let start = i;
  for (let c = codePointBefore(text, start); c && QUALIFIER_CHAR.test(c); c = codePointBefore(text, start)) start -= c.length;
  return start === i ? -1 : start;
}

/**
 * What readTime accepts at the least: a second clock, a zone, a colon, a unit, am/pm, or a dotted clock after "um",
 * "ab" …; a bare number ("2026", "17.12.") is none of these and is not read again.
 */
function mayBeTime(g: Record<string, string | undefined>): boolean {
  if (g.h2 !== undefined || g.zp !== undefined || g.z !== undefined || g.u1 !== undefined || g.ap1 !== undefined) return true;
  return g.sep1 === ':' || isHourMark(g.sep1) || (g.sep1 === '.' && DOTTED_TIME_CUES.has((g.q ?? '').toLowerCase()));
}

function readTime(text: string, match: RegExpMatchArray): TimeCandidate | null {
  const g = match.groups ?? {};
  const indices = (match as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number] | undefined> } })
    .indices?.groups ?? {};
  const index = match.index ?? 0;
  const qualifierWord = (g.q ?? '').toLowerCase();
  let zoneWritten: string | undefined = g.zp ?? g.z;
  let zone = zoneWritten ? readZone(zoneWritten) : null;
  // a two-letter word after a time ("10h et 12h") is no US zone: the time stands without it
  let zoneCut: number | undefined;
  if (zoneWritten && !zone && zoneWritten.length === 2) {
    zoneCut = (indices.zp ?? indices.z)?.[0];
    zoneWritten = undefined;
    zone = null;
  }
  if (zoneWritten && !zone) return null; // "est" in running text
  let first = readClock(g, 1, indices);
  const second = g.h2 !== undefined ? readClock(g, 2, indices) : null;
  if (!first) return null;
  const ap1 = indices.ap1;
  const germanAm = first.meridiem === 'a' && !second && ap1 !== undefined && GERMAN_AM.test(text.slice(ap1[0]));
  if (germanAm) first = { ...first, meridiem: undefined, stop: text.slice(0, ap1[0]).trimEnd().length };

  let start = first;
  let end = second ?? undefined;
  let stop = zoneCut !== undefined ? text.slice(0, zoneCut).trimEnd().replace(/\($/, '').trimEnd().length : index + match[0].length;
  if (germanAm) stop = first.stop;
  if (end) {
    // the second half must look like a time itself: "10 bis 14 Uhr", "10:00–11:00", "4–6 pm" (not "12:30 - 5")
    if (!(end.colon || end.unit || end.meridiem || zone)) end = undefined;
    else if (end.meridiem && !start.meridiem) start = withMeridiem(start, end.meridiem, end.hour);
  }
  if (second && !end) stop = first.stop; // the second number was not a time: keep the first alone
  const supported = zone !== null || start.colon || start.unit || start.meridiem !== undefined;
  // "um 16.30" is a time; "bis 11.02." with its trailing dot is a day and month
  const dottedWithCue =
    start.dotted && DOTTED_TIME_CUES.has(qualifierWord) && !/^\.(?!\d)/.test(text.slice(first.stop, first.stop + 2));
  if (!end && !supported && !dottedWithCue) return null;

  const startTime = toClockTime(start);
  const endTime = end ? toClockTime(end) : undefined;
  if (!startTime || (end && !endTime)) return null;

  const candidate: TimeCandidate = { index, length: stop - index, start: startTime };
  if (endTime) candidate.end = endTime;
  if (zone && stop === index + match[0].length) candidate.zone = zone;
  else if (!zoneWritten && stop === index + match[0].length) {
    // "2:00 pm CST", "10:00 (IST)": a zone several countries write, kept for the page's country to settle (attach-times.ts)
    const ambiguous = AMBIGUOUS_AFTER.exec(text.slice(stop, stop + 12));
    if (ambiguous) {
      candidate.zone = { kind: 'ambiguous', written: ambiguous[1] ?? ambiguous[2] };
      candidate.length += ambiguous[0].length;
    }
  }
  const qualifier = QUALIFIERS[qualifierWord];
  if (qualifier && !endTime) candidate.qualifier = qualifier;
  if (OPENING_HOURS_BEFORE.test(text.slice(Math.max(0, index - 60), index))) candidate.openingHours = true;
  return candidate;
}

function readClock(
  g: Record<string, string | undefined>,
  n: number,
  indices: Record<string, [number, number] | undefined>,
): Clock | null {
  const hour = Number(g[`h${n}`]);
  const minute = g[`m${n}`] === undefined ? 0 : Number(g[`m${n}`]);
  const meridiem = g[`ap${n}`]?.toLowerCase() as 'a' | 'p' | undefined;
  const spans = ['h', 'm', 'ap', 'u'].map((k) => indices[`${k}${n}`]).filter((s) => s !== undefined);
  const stop = Math.max(...spans.map((s) => s[1]));
  return {
    hour,
    minute,
    colon: g[`sep${n}`] === ':' || isHourMark(g[`sep${n}`]), // "14h00" is a time on its own as "14:00" is
    dotted: g[`sep${n}`] === '.',
    // "19 Uhr" is a time; "24 h erreichbar" and "2 h Vortrag" are durations, "9.30 h" is a time again
    unit: /^(?:uhr|o'clock)$/i.test(g[`u${n}`] ?? '') || (g[`u${n}`] !== undefined && g[`m${n}`] !== undefined),
    meridiem,
    stop: Number.isFinite(stop) ? stop : 0,
  };
}

/** French writes the hour's "h" between hours and minutes ("14h00", "13h30 à 14h30"), as ":" is written elsewhere. */
function isHourMark(sep: string | undefined): boolean {
  return sep === 'h' || sep === 'H';
}

function withMeridiem(clock: Clock, meridiem: 'a' | 'p', laterHour: number): Clock {
  // "4–6 pm" is 16–18; "11–1 pm" starts before noon
  if (meridiem === 'p' && clock.hour <= 12 && clock.hour > laterHour && laterHour !== 12) return { ...clock, meridiem: 'a' };
  return { ...clock, meridiem };
}

function toClockTime(clock: Clock): ClockTime | null {
  let { hour } = clock;
  if (clock.meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (clock.meridiem === 'p' && hour !== 12) hour += 12;
    if (clock.meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 24 || (hour === 24 && clock.minute !== 0)) return null;
  return { hour, minute: clock.minute };
}
