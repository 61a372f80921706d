/**
 * The planned alerts of one item (DESIGN.md "Alerts"): for every deadline and every offset d, `at` Berlin time on
 * the deadline's date minus d days, moved back to the previous working day of the team's Land. Two-stage calls
 * keep one deadline per stage, so each stage gets its own alerts.
 */
import type { Deadline, Item } from '../schema.ts';
import type { AlertRules } from './rules.ts';
import { deadlineDay, deadlineInstant, deadlineKey } from './deadline.ts';
import { createPlanner } from './planner.ts';
import type { RawAlert } from './planner.ts';

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

/** Items in these states get no more alerts. */
export function isAlertable(item: Pick<Item, 'status' | 'deleted'>): boolean {
  return !item.deleted && item.status !== 'done' && item.status !== 'dismissed';
}

/** Instant (ms) since which a deadline is known, or -Infinity when it is known for long. */
export function knownSinceMs(knownSince: KnownSince | undefined, key: string): number {
  if (knownSince === undefined) return -Infinity;
  const iso = typeof knownSince === 'string' ? knownSince : knownSince[key];
  if (iso === undefined) return -Infinity;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
}

// alerts share few distinct instants (the day's slot, common deadline times): format each once
const isoStrings = new Map<number, string>();
function iso(ms: number): string {
  let text = isoStrings.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString();
    if (isoStrings.size >= 100_000) isoStrings.clear();
    isoStrings.set(ms, text);
  }
  return text;
}

/** Builds the public shape of one alert. */
export function toPlannedAlert(itemId: string, deadline: Deadline, key: string, deadlineMs: number, raw: RawAlert): PlannedAlert {
  return {
    key: `${itemId}|${key}|${raw.offset}`,
    itemId,
    deadlineKey: key,
    deadline,
    offset: raw.offset,
    dueAt: iso(raw.dueMs),
    sendAt: iso(raw.sendMs),
    late: raw.late,
    deadlineAt: iso(deadlineMs),
  };
}

/**
 * Every alert planned for an item under the team's rules, soonest first; none for a deleted, done or dismissed
 * item. Alerts at or after their deadline are left out, two offsets moved onto one slot keep the more urgent one,
 * and a deadline listed twice (same date, time and kind) counts once. `knownSince` overrides the item's own.
 */
export function scheduleAlerts(item: AlertItem, rules: AlertRules, options: { knownSince?: KnownSince } = {}): PlannedAlert[] {
  if (!isAlertable(item)) return [];
  const planner = createPlanner(rules);
  const knownSince = options.knownSince ?? item.knownSince;
  const out: PlannedAlert[] = [];
  const seen = new Set<string>();
  for (const deadline of item.deadlines) {
    const key = deadlineKey(deadline);
    if (seen.has(key)) continue;
    seen.add(key);
    const deadlineMs = deadlineInstant(deadline);
    const raw: RawAlert[] = [];
    planner.plan(deadlineDay(deadline), deadlineMs, knownSinceMs(knownSince, key), raw);
    for (const r of raw) out.push(toPlannedAlert(item.id, deadline, key, deadlineMs, r));
  }
  return out.sort(compareAlerts);
}

/** Total order of alerts: by send time, then key — so every list of alerts comes out the same whatever the input order. */
export function compareAlerts(a: PlannedAlert, b: PlannedAlert): number {
  if (a.sendAt !== b.sendAt) return a.sendAt < b.sendAt ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
