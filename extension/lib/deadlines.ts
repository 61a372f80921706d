/**
 * Which deadline of an item matters now: the popup, the badge and the dashboard all ask the same question.
 */
import { countdownOf, type Countdown } from '../../shared/alerts/countdown.ts';
import type { Deadline, Item } from '../../shared/schema.ts';
import { berlinDay } from '../../shared/time/berlin.ts';
import { addDays } from '../../shared/time/days.ts';

/** An item's date that the watchlist shows: a deadline, or an event's start when it has no deadline. */
export interface DueDate {
  item: Item;
  date: string;
  time?: string;
  label: string;
  /** the deadline itself; null for an event's start */
  deadline: Deadline | null;
  /** 1-based stage and count for two-stage calls (several deadlines on one item), else null */
  stage: { index: number; of: number } | null;
  countdown: Countdown;
}

const CLOSED = new Set(['done', 'dismissed']);

/** True when the item still wants attention (not deleted, done or dismissed). */
export function isOpen(item: Item): boolean {
  return !item.deleted && !CLOSED.has(item.status);
}

function sortedDeadlines(item: Item): Deadline[] {
  return [...item.deadlines].sort((a, b) => `${a.date}T${a.time ?? '24:00'}`.localeCompare(`${b.date}T${b.time ?? '24:00'}`));
}

/** The item's next deadline on or after now, else its latest one, else an event's start; null when it has no date. */
export function dueDateOf(item: Item, now: Date): DueDate | null {
  const deadlines = sortedDeadlines(item);
  if (deadlines.length > 0) {
    const withCountdown = deadlines.map((d) => ({ d, c: countdownOf(d, now.getTime()) }));
    const nextIndex = withCountdown.findIndex((x) => !x.c.expired);
    const index = nextIndex >= 0 ? nextIndex : deadlines.length - 1;
    const { d, c } = withCountdown[index];
    return {
      item,
      date: d.date,
      time: d.time,
      label: d.label,
      deadline: d,
      stage: deadlines.length > 1 ? { index: index + 1, of: deadlines.length } : null,
      countdown: c,
    };
  }
  if (item.start) {
    const [date, time] = item.start.split('T');
    return { item, date, time, label: '', deadline: null, stage: null, countdown: countdownOf({ date, time }, now.getTime()) };
  }
  return null;
}

/** Open items' due dates, soonest first; past ones only when at most `keepExpiredDays` old, after the upcoming ones. */
export function upcoming(items: Iterable<Item>, now: Date, keepExpiredDays = 14): DueDate[] {
  const list: DueDate[] = [];
  for (const item of items) {
    if (!isOpen(item)) continue;
    const due = dueDateOf(item, now);
    if (!due) continue;
    if (due.countdown.expired && due.countdown.days < -keepExpiredDays) continue;
    list.push(due);
  }
  const key = (d: DueDate) => `${d.countdown.expired ? 1 : 0}${d.date}T${d.time ?? '24:00'}`;
  return list.sort((a, b) => key(a).localeCompare(key(b)) || a.item.title.localeCompare(b.item.title));
}

/** Number of deadlines of open items that fall from now to 7 days ahead (the toolbar badge). */
export function deadlinesWithinWeek(items: Iterable<Item>, now: Date): number {
  const today = berlinDay(now);
  const last = addDays(today, 7);
  let count = 0;
  for (const item of items) {
    if (!isOpen(item)) continue;
    for (const d of item.deadlines) {
      if (d.date > last) continue;
      if (!countdownOf(d, now.getTime()).expired) count += 1;
    }
  }
  return count;
}
