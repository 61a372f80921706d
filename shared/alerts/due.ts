/**
 * The alerts to send in a window (since, now]: what the scheduler and `callwatch alerts run` deliver. Purely a
 * filter over each alert's own send time, so consecutive windows never lose or repeat an alert:
 * due(a, b] ∪ due(b, c] = due(a, c]. It runs over the whole team list each time, so it prunes deadlines with
 * numbers first and builds objects only for the few alerts that are due.
 */
import type { Deadline } from '../schema.ts';
import type { AlertRules } from './rules.ts';
import { deadlineDay, deadlineInstant, deadlineKey } from './deadline.ts';
import { createPlanner } from './planner.ts';
import type { RawAlert } from './planner.ts';
import { compareAlerts, isAlertable, knownSinceMs, toPlannedAlert } from './schedule.ts';
import type { AlertItem, PlannedAlert } from './schedule.ts';
import { toMs } from './instant.ts';
import type { Instant } from './instant.ts';

/**
 * Alerts whose send time lies in (since, now], in a fixed order (send time, then key) whatever the item order.
 * Deleted, done and dismissed items and deadlines already over at the alert's time give none.
 */
export function dueAlerts(items: Iterable<AlertItem>, rules: AlertRules, now: Instant, options: { since: Instant }): PlannedAlert[] {
  const nowMs = toMs(now);
  const sinceMs = toMs(options.since);
  if (!(sinceMs < nowMs)) return [];
  const planner = createPlanner(rules);
  const out: PlannedAlert[] = [];
  const raw: RawAlert[] = [];
  const bounds = { after: sinceMs, upTo: nowMs };
  for (const item of items) {
    if (!isAlertable(item)) continue;
    const deadlines = item.deadlines;
    for (let i = 0; i < deadlines.length; i++) {
      const deadline = deadlines[i];
      const deadlineMs = deadlineInstant(deadline);
      // every alert goes out before its deadline: one over by `since` has nothing left in the window
      if (deadlineMs <= sinceMs) continue;
      const day = deadlineDay(deadline);
      // nothing is sent before the earliest slot (a late alert goes out after its own slot)
      if (planner.slot(day - planner.maxOffset) > nowMs) continue;
      const key = deadlineKey(deadline);
      if (isRepeated(deadlines, i, key)) continue;
      raw.length = 0;
      planner.plan(day, deadlineMs, knownSinceMs(item.knownSince, key), raw, bounds);
      for (const r of raw) out.push(toPlannedAlert(item.id, deadline, key, deadlineMs, r));
    }
  }
  return out.sort(compareAlerts);
}

/** True when an earlier deadline of the same item has the same key (it was planned already). */
function isRepeated(deadlines: readonly Deadline[], index: number, key: string): boolean {
  for (let j = 0; j < index; j++) if (deadlineKey(deadlines[j]) === key) return true;
  return false;
}
