/**
 * Identity and instant of one deadline. The key is the deadline's date, time, kind (and zone when not Berlin):
 * a moved deadline gets a new key, so its alerts are planned afresh and the old ones simply stop existing.
 */
import type { Deadline } from '../schema.ts';
import { BERLIN, wallTimeToInstant } from './berlin-time.ts';
import { dateOfDay, dayNumber } from './days.ts';

/** Stable key of a deadline: "2026-03-31-application", "2026-03-31T15:00-interest", "…~America/New_York". */
export function deadlineKey(deadline: Pick<Deadline, 'date' | 'time' | 'kind' | 'tz'>): string {
  const when = deadline.time ? `${deadline.date}T${deadline.time}` : deadline.date;
  const zone = deadline.tz && deadline.tz !== BERLIN ? `~${deadline.tz}` : '';
  return `${when}-${deadline.kind}${zone}`;
}

/**
 * The instant (ms) at which a deadline is over: its time in its zone (Berlin unless `tz`), or — for a date
 * without time, which DESIGN.md reads as "end of that day" — midnight at the start of the next day.
 */
export function deadlineInstant(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>): number {
  const zone = deadline.tz ?? BERLIN;
  if (deadline.time) return wallTimeToInstant(deadline.date, deadline.time, zone);
  return wallTimeToInstant(dateOfDay(dayNumber(deadline.date) + 1), '00:00', zone);
}
