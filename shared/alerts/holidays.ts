/**
 * Public holidays per Land, from feiertagejs (MIT, ~25 kB, no dependencies, German Länder only — date-holidays
 * covers the world but is several hundred kB with CC-BY data, too much for the extension bundle).
 * Holidays of one municipality only (Augsburger Friedensfest) are not counted; Mariä Himmelfahrt counts for all
 * of BY although it is a holiday only in its Catholic-majority municipalities — erring towards an earlier alert.
 */
import { getHolidays } from 'feiertagejs';
import type { Land } from './rules.ts';
import { dayNumber, weekdayOf, yearOf } from '../time/days.ts';

const byLandYear = new Map<string, ReadonlySet<number>>();

/** Day numbers of the public holidays of a Land in a year (cached). */
export function holidayDays(land: Land, year: number): ReadonlySet<number> {
  const key = `${land}${year}`;
  let days = byLandYear.get(key);
  if (!days) {
    // feiertagejs makes each holiday noon UTC; its `dateString` reads the *local* date, which is the next day in
    // zones of UTC+12 and beyond. Reading the UTC date keeps the result independent of the process time zone.
    days = new Set(getHolidays(year, land).map((h) => dayNumber(h.date.toISOString().slice(0, 10))));
    byLandYear.set(key, days);
  }
  return days;
}

/** True for a public holiday of the Land on that day. */
export function isPublicHoliday(day: number, land: Land): boolean {
  return holidayDays(land, yearOf(day)).has(day);
}

/** True for Monday to Friday that is not a public holiday of the Land. */
export function isWorkingDay(day: number, land: Land): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(day, land);
}

const previousWorking = new Map<string, number>();

/** The day itself when it is a working day, else the closest working day before it (cached per Land and day). */
export function workingDayOnOrBefore(day: number, land: Land): number {
  const key = `${land}${day}`;
  let result = previousWorking.get(key);
  if (result === undefined) {
    result = day;
    while (!isWorkingDay(result, land)) result--;
    if (previousWorking.size >= 100_000) previousWorking.clear();
    previousWorking.set(key, result);
  }
  return result;
}
