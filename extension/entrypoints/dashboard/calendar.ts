/** The month calendar's content: which deadlines and events fall on which day of a month grid (weeks from Monday). */
import type { Item } from '../../../shared/schema.ts';
import { addDays, daysBetween } from '../../../shared/time/days.ts';

export interface CalendarEntry {
  item: Item;
  /** deadline label, or '' for an event day */
  label: string;
  kind: 'deadline' | 'event';
}

/** The 42 days (6 weeks, Monday first) shown for a month. */
export function monthGrid(year: number, month: number): string[] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const weekday = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const start = addDays(first, -weekday);
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

const MAX_EVENT_DAYS = 31;

/** Entries by day for the given days: every deadline, and every day of an event (up to a month long). */
export function calendarEntries(items: readonly Item[], days: readonly string[]): Map<string, CalendarEntry[]> {
  const wanted = new Set(days);
  const byDay = new Map<string, CalendarEntry[]>();
  const add = (day: string, entry: CalendarEntry) => {
    if (!wanted.has(day)) return;
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  };
  for (const item of items) {
    if (item.deleted) continue;
    for (const d of item.deadlines) add(d.date, { item, label: d.label, kind: 'deadline' });
    if (item.kind === 'event' && item.start) {
      const start = item.start.slice(0, 10);
      const end = (item.end ?? item.start).slice(0, 10);
      const length = Math.min(Math.max(0, daysBetween(start, end)), MAX_EVENT_DAYS);
      for (let i = 0; i <= length; i++) add(addDays(start, i), { item, label: '', kind: 'event' });
    }
  }
  return byDay;
}
