/** Calendar arithmetic on written dates, in UTC milliseconds so the host's time zone never matters. */
import type { WrittenDate } from './types.ts';

/** Days in a month; February has 29 when the year is unknown (a page may mean a leap year). */
export function daysInMonth(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** True for a day that exists (31.04. does not; 29.02. does when the year is unknown or a leap year). */
export function isRealDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Weekday (0 = Sunday) of a full date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Orders two days of the same (unknown) year: negative when a comes first. */
export function compareMonthDay(a: Pick<WrittenDate, 'month' | 'day'>, b: Pick<WrittenDate, 'month' | 'day'>): number {
  return a.month - b.month || a.day - b.day;
}

/** Four-digit year for a two-digit one: the century that puts it closest to `now` (or 1970–2069 without one). */
export function expandTwoDigitYear(twoDigits: number, now?: Date): number {
  const pivot = now ? now.getUTCFullYear() : 2019;
  const base = pivot - (pivot % 100);
  const candidates = [base - 100 + twoDigits, base + twoDigits, base + 100 + twoDigits];
  return candidates.reduce((best, y) => (Math.abs(y - pivot) < Math.abs(best - pivot) ? y : best));
}
