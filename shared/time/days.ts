/**
 * Calendar days as integers (days since 1970-01-01), so rules can step over days, weeks and weekends with plain
 * arithmetic instead of Date objects — the alert rules run over 100,000 items and must stay cheap. A calendar day
 * has no zone: which day it is *now* comes from ./berlin.ts.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date "YYYY-MM-DD" (1970-01-01 is 0); anything after the date ("…T10:00") is ignored. */
export function dayNumber(date: string): number {
  // Date.UTC on numbers is far cheaper than parsing the string as a Date
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Calendar date "YYYY-MM-DD" of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Calendar date `date` plus `n` days (n may be negative). */
export function addDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

/** Whole days from calendar date `from` to calendar date `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive
  return (((day + 4) % 7) + 7) % 7;
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
