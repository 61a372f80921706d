/**
 * Joins a time to the date it belongs to: right after it ("31.03.2022, 24:00 Uhr", "9 April 2019, 4:00 pm UTC",
 * "18. Februar 2016 – 19 Uhr", "17 January 2023, 10:00–11:00 CET") or right before it ("um 10 Uhr am 5. Mai").
 * A time range on one day gives that day as `end` with the end time. Times in a fixed zone (UTC, GMT+2, EST) become
 * Berlin wall-clock for that date; CET/CEST/MEZ/"Brussels time" are Berlin's clock already and are copied as written.
 *
 * 24:00: the corpus writes deadlines as YYYY-MM-DD or YYYY-MM-DDTHH:MM with HH ≤ 23, and the data model reads a date
 * without a time as the end of that day, so "31.03.2022, 24:00 Uhr" becomes 2022-03-31 with `endOfDay` and no time
 * (not 23:59, which is a different answer, and not the next day at 00:00).
 */
import { stopOf, type Candidate } from './candidate.ts';
import type { TimeCandidate } from './times.ts';
import { dependsOnYear, offsetAt, settleZone, toBerlin, type Zone } from './timezones.ts';
import type { ClockTime, WrittenDate } from './types.ts';

/** between a date and a following time: nothing, a comma, a dash, "(" — the time keeps its own "um"/"at"/"ab" */
const GAP_AFTER = /^[^\S\n]*(?:[,;|/–—-]|\()?[^\S\n]*$/;
/** between a time and the date after it: "um 10 Uhr am 5. Mai", "at 10:00 on 5 May", "19 Uhr, 18.02." */
const GAP_BEFORE = /^[^\S\n]*,?[^\S\n]*(?:(?:am|on)[^\S\n]+)?(?:(?:den|the)[^\S\n]+)?$/i;

/** Dates with their times, and the times no date took. Both inputs are sorted and do not overlap each other. */
export function attachTimes(
  text: string,
  dates: Candidate[],
  times: TimeCandidate[],
  now?: Date,
  clock?: Zone,
): { dates: Candidate[]; unattached: TimeCandidate[] } {
  const used = new Set<TimeCandidate>();
  const result = [...dates];
  let next = 0; // the first time that starts at or after the current date
  for (let i = 0; i < result.length; i++) {
    const date = result[i]!;
    while (next < times.length && times[next]!.index < stopOf(date)) next++;
    const time = times[next];
    if (date.start.time || !time) continue; // an ISO datetime brought its own
    const nextDateIndex = result[i + 1]?.index ?? Infinity;
    if (time.index < nextDateIndex && fits(GAP_AFTER, text, stopOf(date), time.index)) {
      used.add(time);
      result[i] = withTime(date, time, now, clock, stopOf(date), time.index + time.length);
    }
  }
  // a time in front only for dates that found none behind them
  let last = -1; // the last time that ends at or before the current date
  for (let i = 0; i < result.length; i++) {
    const date = result[i]!;
    while (last + 1 < times.length && stopOf(times[last + 1]!) <= date.index) last++;
    const time = times[last];
    if (date.start.time || date.start.endOfDay || !time || used.has(time)) continue;
    const previousStop = i > 0 ? stopOf(result[i - 1]!) : 0;
    if (time.index >= previousStop && fits(GAP_BEFORE, text, stopOf(time), date.index)) {
      used.add(time);
      result[i] = withTime(date, time, now, clock, time.index, stopOf(date));
    }
  }
  return { dates: result, unattached: times.filter((t) => !used.has(t)) };
}

/** The text between `from` and `to` is short and matches `gap`. */
function fits(gap: RegExp, text: string, from: number, to: number): boolean {
  return to - from <= 16 && gap.test(text.slice(from, to));
}

/**
 * A date joined to its time: in the time's written zone (an ambiguous one as the page's country reads it), else in the
 * page's own clock (`clock`), else Berlin's.
 */
function withTime(date: Candidate, time: TimeCandidate, now: Date | undefined, clock: Zone | undefined, from: number, to: number): Candidate {
  const index = Math.min(date.index, from);
  const joined: Candidate = { ...date, index, length: Math.max(stopOf(date), to) - index };
  const zone = settleZone(time.zone, clock) ?? clock;
  joined.start = atTime(date.start, time.start, zone, now);
  if (time.end) joined.end = atTime(date.end ?? date.start, time.end, zone, now);
  return joined;
}

/** A day at a clock time, in Berlin wall-clock time. */
export function atTime(day: WrittenDate, time: ClockTime, zone: Zone | undefined, now?: Date): WrittenDate {
  const date: WrittenDate = { year: day.year, month: day.month, day: day.day };
  if (time.hour === 24) return { ...date, endOfDay: true };
  if (!zone || zone.kind === 'berlin' || zone.kind === 'ambiguous') return { ...date, time: { ...time } };
  // a region's clock ("ET") moves on its own switch days: without a year, only `now` says which offset holds
  if (date.year === null && (zone.kind === 'region' || dependsOnYear(date.month, date.day)) && !now) {
    return { ...date, time: { ...time }, tz: zone.written }; // the offset depends on the unwritten year
  }
  const year = date.year ?? now?.getUTCFullYear() ?? 2000; // a leap year, so "29.02." survives; DST is the same in any year here
  const clock = { year, month: date.month, day: date.day, hour: time.hour, minute: time.minute };
  const local = toBerlin(clock, offsetAt(zone, clock));
  const localYear = date.year === null ? null : local.year;
  return { year: localYear, month: local.month, day: local.day, time: { hour: local.hour, minute: local.minute } };
}
