/**
 * Distant supervision (pure): the role a labelled case implies for each date mention on its page.
 *
 * - "deadline" when the mention's date (its start or, for a range, its end) is the date of some item's `deadlines`,
 *   "event" when it is some item's `start` or `end`, else "other".
 * - Dates are compared by day: the time is part of a label's value but not of a mention's role, and a date written
 *   without a year matches a label on the same month and day in any year (its year is only inferred later, per item).
 * - Duplicates: every mention of a labelled date gets the label, wherever it stands (a teaser repeating the deadline
 *   included) — the pipeline later keeps one value per item, so a duplicate labelled "deadline" costs nothing.
 * - Passages that say their round is over are left out; on a page without items every date is "other" (date-role.ts).
 * - Ambiguous: a date that is a deadline of one item and a start/end of another (or of the same item) cannot be told
 *   apart by its value; such mentions are left out of training (null), as are none other.
 */
import type { WrittenDate } from '../../shared/extract/dates/types.ts';

export type RoleLabel = 'deadline' | 'event' | 'other';

export interface LabelledItem {
  deadlines: string[];
  start: string | null;
  end: string | null;
}

export function distantLabel(start: WrittenDate, end: WrittenDate | undefined, items: readonly LabelledItem[]): RoleLabel | null {
  const deadlines = new Set(items.flatMap((it) => it.deadlines.map(day)));
  const events = new Set(items.flatMap((it) => [it.start, it.end]).filter((v): v is string => !!v).map(day));
  const written = [start, end].filter((d): d is WrittenDate => !!d);
  const hit = (set: Set<string>) => written.some((d) => [...set].some((v) => sameDay(d, v)));
  const isDeadline = hit(deadlines);
  const isEvent = hit(events);
  if (isDeadline && isEvent) return null;
  return isDeadline ? 'deadline' : isEvent ? 'event' : 'other';
}

const day = (value: string) => value.slice(0, 10);

function sameDay(d: WrittenDate, iso: string): boolean {
  const [y, m, dd] = iso.split('-').map(Number);
  return d.month === m && d.day === dd && (d.year === null || d.year === y);
}
