/**
 * The planned alerts of one item (DESIGN.md "Alerts"): for every deadline and every offset d, `at` Berlin time on
 * the deadline's date minus d days, moved back to the previous working day of the team's Land. Two-stage calls
 * keep one deadline per stage, so each stage gets its own alerts.
 */
import type { Deadline, Item } from '../schema.ts';
import type { AlertRules, Land } from './rules.ts';
import { wallTimeToInstant } from './berlin-time.ts';
import { dateOfDay, dayNumber } from './days.ts';
import { deadlineInstant, deadlineKey } from './deadline.ts';
import { workingDayOnOrBefore } from './holidays.ts';

/**
 * Since when each deadline is known in its current form (ISO instant): one instant for all deadlines of the item,
 * or one per deadline key (keys missing from the record count as known for long). Alerts whose time had already
 * passed by then are "missed": only the most urgent of them is sent, once, at that instant.
 */
export type KnownSince = string | Readonly<Record<string, string>>;

/** What the rules read of an item; a full `Item` fits. */
export type AlertItem = Pick<Item, 'id' | 'deadlines' | 'status' | 'deleted'> & { knownSince?: KnownSince };

export interface PlannedAlert {
  /** `<itemId>|<deadlineKey>|<offset>`: unique per alert; the outbox adds the channel */
  key: string;
  itemId: string;
  deadlineKey: string;
  deadline: Deadline;
  /** days before the deadline this alert stands for */
  offset: number;
  /** the alert's slot as an ISO UTC instant: `at` Berlin time on a working day */
  dueAt: string;
  /** when it is to be sent: `dueAt`, or for a missed alert sent late the instant its deadline became known */
  sendAt: string;
  /** true for the one missed alert sent late */
  late: boolean;
  /** ISO UTC instant at which the deadline is over */
  deadlineAt: string;
}

/** One alert in numbers; objects are built only for the alerts a caller keeps. */
export interface RawAlert {
  offset: number;
  dueMs: number;
  sendMs: number;
  late: boolean;
}

/** Items in these states get no more alerts. */
export function isAlertable(item: Pick<Item, 'status' | 'deleted'>): boolean {
  return !item.deleted && item.status !== 'done' && item.status !== 'dismissed';
}

const slotCache = new Map<string, Map<number, number>>();

/** Instant of `at` Berlin time on the working day on or before `day` (cached per Land, time and day). */
export function slotInstant(day: number, at: string, land: Land): number {
  const cacheKey = `${land}|${at}`;
  let byDay = slotCache.get(cacheKey);
  if (!byDay) slotCache.set(cacheKey, (byDay = new Map()));
  let ms = byDay.get(day);
  if (ms === undefined) {
    ms = wallTimeToInstant(dateOfDay(workingDayOnOrBefore(day, land)), at);
    if (byDay.size >= 100_000) byDay.clear();
    byDay.set(day, ms);
  }
  return ms;
}

/** Instant (ms) since which a deadline is known, or -Infinity when it is known for long. */
export function knownSinceMs(knownSince: KnownSince | undefined, key: string): number {
  if (knownSince === undefined) return -Infinity;
  const iso = typeof knownSince === 'string' ? knownSince : knownSince[key];
  if (iso === undefined) return -Infinity;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * The alerts of one deadline in numbers, soonest first. Alerts at or after the deadline are dropped (an 08:00 alert
 * for a 07:00 deadline says nothing), two offsets moved onto the same slot keep the more urgent one, and of the
 * alerts missed before `knownMs` only the most urgent survives, sent at `knownMs` while the deadline is still ahead.
 */
export function planDeadline(dayOfDeadline: number, deadlineMs: number, rules: AlertRules, knownMs: number): RawAlert[] {
  const bySlot = new Map<number, number>();
  for (const offset of rules.offsets) {
    const dueMs = slotInstant(dayOfDeadline - offset, rules.at, rules.holidays);
    if (dueMs >= deadlineMs) continue;
    const seen = bySlot.get(dueMs);
    if (seen === undefined || offset < seen) bySlot.set(dueMs, offset);
  }
  const slots = [...bySlot.entries()].sort((a, b) => a[0] - b[0]);
  const out: RawAlert[] = [];
  let missed: [number, number] | undefined;
  for (const [dueMs, offset] of slots) {
    if (dueMs < knownMs) missed = [dueMs, offset]; // sorted by time: the last one missed is the most urgent
    else out.push({ offset, dueMs, sendMs: dueMs, late: false });
  }
  if (missed && knownMs < deadlineMs) out.unshift({ offset: missed[1], dueMs: missed[0], sendMs: knownMs, late: true });
  return out;
}

/** Builds the public shape of one alert. */
export function toPlannedAlert(itemId: string, deadline: Deadline, key: string, deadlineMs: number, raw: RawAlert): PlannedAlert {
  return {
    key: `${itemId}|${key}|${raw.offset}`,
    itemId,
    deadlineKey: key,
    deadline,
    offset: raw.offset,
    dueAt: new Date(raw.dueMs).toISOString(),
    sendAt: new Date(raw.sendMs).toISOString(),
    late: raw.late,
    deadlineAt: new Date(deadlineMs).toISOString(),
  };
}

/**
 * Every alert planned for an item under the team's rules, soonest first; none for a deleted, done or dismissed
 * item. `knownSince` overrides the item's own. A deadline listed twice (same date, time and kind) counts once.
 */
export function scheduleAlerts(item: AlertItem, rules: AlertRules, options: { knownSince?: KnownSince } = {}): PlannedAlert[] {
  if (!isAlertable(item)) return [];
  const knownSince = options.knownSince ?? item.knownSince;
  const out: PlannedAlert[] = [];
  const seen = new Set<string>();
  for (const deadline of item.deadlines) {
    const key = deadlineKey(deadline);
    if (seen.has(key)) continue;
    seen.add(key);
    const deadlineMs = deadlineInstant(deadline);
    for (const raw of planDeadline(dayNumber(deadline.date), deadlineMs, rules, knownSinceMs(knownSince, key))) {
      out.push(toPlannedAlert(item.id, deadline, key, deadlineMs, raw));
    }
  }
  return out.sort(compareAlerts);
}

/** Total order of alerts: by send time, then key — so every list of alerts comes out the same whatever the input order. */
export function compareAlerts(a: PlannedAlert, b: PlannedAlert): number {
  if (a.sendAt !== b.sendAt) return a.sendAt < b.sendAt ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
