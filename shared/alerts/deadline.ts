/**
 * Identity and instant of one deadline. The key is the deadline's date, time, kind (and zone when not Berlin):
 * a moved deadline gets a new key, so its alerts are planned afresh and the old ones simply stop existing.
 */
import type { Deadline } from '../schema.ts';
import { BERLIN, wallTimeToInstant } from '../time/berlin.ts';
import { dateOfDay, dayNumber } from '../time/days.ts';

/** Stable key of a deadline: "2026-03-31-application", "2026-03-31T15:00-interest", "…~America/New_York". */
export function deadlineKey(deadline: Pick<Deadline, 'date' | 'time' | 'kind' | 'tz'>): string {
  const when = deadline.time ? `${deadline.date}T${deadline.time}` : deadline.date;
  const zone = deadline.tz && deadline.tz !== BERLIN ? `~${deadline.tz}` : '';
  return `${when}-${deadline.kind}${zone}`;
}

// Berlin deadlines by date, then time ('' = no time): lookups with the item's own strings, no key building
const berlinInstants = new Map<string, Map<string, number>>();
const dayNumbers = new Map<string, number>();

/** Day number of a deadline's date (cached: the same dates recur across a team's list). */
export function deadlineDay(deadline: Pick<Deadline, 'date'>): number {
  let day = dayNumbers.get(deadline.date);
  if (day === undefined) {
    day = dayNumber(deadline.date);
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    dayNumbers.set(deadline.date, day);
  }
  return day;
}

/**
 * The instant (ms) at which a deadline is over: its time in its zone (Berlin unless `tz`), or — for a date
 * without time, which DESIGN.md reads as "end of that day" — midnight at the start of the next day.
 */
export function deadlineInstant(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>): number {
  if (deadline.tz && deadline.tz !== BERLIN) return computeInstant(deadline, deadline.tz);
  let byTime = berlinInstants.get(deadline.date);
  if (!byTime) {
    if (berlinInstants.size >= 50_000) berlinInstants.clear();
    berlinInstants.set(deadline.date, (byTime = new Map()));
  }
  const time = deadline.time ?? '';
  let ms = byTime.get(time);
  if (ms === undefined) byTime.set(time, (ms = computeInstant(deadline, BERLIN)));
  return ms;
}

function computeInstant(deadline: Pick<Deadline, 'date' | 'time'>, zone: string): number {
  if (deadline.time) return wallTimeToInstant(deadline.date, deadline.time, zone);
  return wallTimeToInstant(dateOfDay(dayNumber(deadline.date) + 1), '00:00', zone);
}
