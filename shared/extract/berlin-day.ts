/**
 * The Berlin day of `now`, read through Intl once per hour of UTC: formatting an instant in a zone costs tens of
 * microseconds, and every extraction asks for its day. Since 1893 Berlin's offset from UTC is whole hours and changes
 * on a whole hour of UTC, so every instant of one UTC hour falls on the same Berlin day.
 */
import { berlinDay } from '../time/berlin.ts';

const HOUR = 3_600_000;
/** from here on every offset of Europe/Berlin is whole hours */
const WHOLE_HOURS_SINCE = Date.UTC(1900, 0, 1);
/** far more hours than one run asks for; cleared when full */
const MAX_HOURS = 1024;
const dayOfHour = new Map<number, string>();

export function berlinDayOf(now: Date): string {
  const ms = now.getTime();
  if (!(ms >= WHOLE_HOURS_SINCE)) return berlinDay(ms);
  const hour = Math.floor(ms / HOUR);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= MAX_HOURS) dayOfHour.clear();
    dayOfHour.set(hour, (day = berlinDay(ms)));
  }
  return day;
}
