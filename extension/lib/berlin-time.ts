/**
 * Calendar arithmetic in Europe/Berlin, where every deadline lives unless it says otherwise (DESIGN.md, "Data model").
 * Intl does the time-zone work, so the extension ships no date library.
 */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Berlin calendar day of an instant as YYYY-MM-DD. */
export function berlinDay(now: Date): string {
  return dayFormat.format(now);
}

/** The Berlin wall-clock time of an instant as HH:MM. */
export function berlinClock(now: Date): string {
  return clockFormat.format(now);
}

/** Whole days from calendar day `from` to calendar day `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

/** Calendar day `day` plus `n` days. */
export function addDays(day: string, n: number): string {
  return new Date(utcOf(day) + n * 86_400_000).toISOString().slice(0, 10);
}

function utcOf(day: string): number {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
