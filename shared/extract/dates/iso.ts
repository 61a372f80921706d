/** A written day and clock time as the data model writes them: YYYY-MM-DD and HH:MM (Berlin wall clock). */
import type { ClockTime } from './types.ts';

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** HH:MM, or undefined for no time or the end of a day written as 24:00. */
export function isoClock(time: ClockTime | undefined): string | undefined {
  if (!time || time.hour > 23) return undefined;
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
