/**
 * Mentions in one short line each, so the tables read like the page: "2019-12-17", "????-12-11" (year not
 * written), "2022-03-31T15:00", "2019-12-17..2019-12-18" (range), "2022-03-31 end-of-day" (24:00),
 * "????-04-30 yearly", "2024-05-31 ~" (approximate), "????-03-29T16:00 [UTC]" (not converted).
 */
import { findDates, findTimes } from '../../../../shared/extract/dates/index.ts';
import type { ClockTime, DateMention, FindDatesOptions, TimeMention, WrittenDate } from '../../../../shared/extract/dates/types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function clock(time: ClockTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

export function day(date: WrittenDate): string {
  let shown = `${date.year ?? '????'}-${pad(date.month)}-${pad(date.day)}`;
  if (date.time) shown += `T${clock(date.time)}`;
  if (date.endOfDay) shown += ' end-of-day';
  if (date.tz) shown += ` [${date.tz}]`;
  return shown;
}

export function show(mention: DateMention): string {
  let shown = day(mention.start);
  if (mention.end) shown += `..${day(mention.end)}`;
  if (mention.recurring) shown += ` ${mention.recurring}`;
  if (mention.approximate) shown += ' ~';
  return shown;
}

export function showTime(mention: TimeMention): string {
  let shown = clock(mention.start);
  if (mention.end) shown += `-${clock(mention.end)}`;
  if (mention.tz) shown += ` [${mention.tz}]`;
  if (mention.qualifier) shown += ` ${mention.qualifier}`;
  if (mention.openingHours) shown += ' opening-hours';
  return shown;
}

/** Every date in `text`, shown. */
export function dates(text: string, options?: FindDatesOptions): string[] {
  return findDates(text, options).map(show);
}

/** Every time without a date in `text`, shown. */
export function times(text: string): string[] {
  return findTimes(text).map(showTime);
}
