/**
 * Dates written the German way ("Freitag, 31. März 2023, 15:00 Uhr"). Spelled out here instead of through
 * Intl's de-DE locale so the text is the same in every runtime (small-ICU builds fall back to English names).
 */
import type { Deadline } from '../schema.ts';
import { dayNumber, weekdayOf } from '../time/days.ts';

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "Freitag, 31. März 2023" for "2023-03-31", with ", 15:00 Uhr" when a time is given. */
export function germanDate(date: string, time?: string): string {
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const text = `${WEEKDAYS[weekdayOf(dayNumber(date))]}, ${day}. ${month} ${date.slice(0, 4)}`;
  return time ? `${text}, ${time} Uhr` : text;
}

/** A deadline's date (and time) in German words. */
export function germanDeadlineDate(deadline: Pick<Deadline, 'date' | 'time'>): string {
  return germanDate(deadline.date, deadline.time);
}
