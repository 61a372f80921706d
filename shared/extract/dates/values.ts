/**
 * Values of label/value layouts: "Datum von: 17.12.2019", "Do., 04.07.2019", "Uhrzeit bis: 14:00", and the
 * datetimes of structured data ("2019-12-17T12:30:00+01:00", "2021-03-25T09:00:00Z" → Berlin wall clock).
 */
import { findDatesAndTimes } from './find.ts';
import type { DateMention, FindDatesOptions, TimeMention } from './types.ts';

/** A field's value alone may be a dotted time without "Uhr": "14.00". */
const BARE_TIME = /^([^\d]*?)(\d{1,2})[.:]([0-5]\d)[^\S\n]*(?:uhr|h)?[^\S\n]*$/i;

/** The first date in a field (label and value, or the value alone), or null. */
export function parseDateValue(text: string, options: FindDatesOptions = {}): DateMention | null {
  return findDatesAndTimes(text, options).dates[0] ?? null;
}

/** The first time in a field ("Uhrzeit bis: 14:00", "10 bis 14 Uhr (MEZ)", an ISO datetime's time), or null. */
export function parseTimeValue(text: string): TimeMention | null {
  const { dates, times } = findDatesAndTimes(text);
  if (times[0]) return times[0];
  const timed = dates.find((date) => date.start.time);
  if (timed?.start.time) {
    const mention: TimeMention = { index: timed.index, length: timed.length, text: timed.text, start: timed.start.time };
    if (timed.end?.time) mention.end = timed.end.time;
    return mention;
  }
  const bare = BARE_TIME.exec(text.trimEnd());
  if (!bare) return null;
  const hour = Number(bare[2]);
  const minute = Number(bare[3]);
  if (hour > 24 || (hour === 24 && minute > 0)) return null;
  const index = (bare[1] ?? '').length;
  const written = text.trimEnd().slice(index);
  return { index, length: written.length, text: written, start: { hour, minute } };
}
