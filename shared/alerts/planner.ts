/**
 * The arithmetic core shared by `scheduleAlerts` and `dueAlerts`: one team's rules turned into a planner that maps
 * a deadline to its alert slots in plain numbers. Everything that depends only on the rules (sorted offsets, the
 * slot cache of the Land and time) is resolved once per planner, not once per item.
 */
import type { AlertRules } from './rules.ts';
import { wallTimeToInstant } from '../time/berlin.ts';
import { dateOfDay } from '../time/days.ts';
import { workingDayOnOrBefore } from './holidays.ts';

/** One alert in numbers; objects are built only for the alerts a caller keeps. */
export interface RawAlert {
  offset: number;
  dueMs: number;
  sendMs: number;
  late: boolean;
}

export interface Planner {
  /** largest offset: the earliest slot of a deadline is `slot(day - maxOffset)` */
  maxOffset: number;
  /** instant of `at` Berlin time on the working day on or before `day` */
  slot(day: number): number;
  /**
   * Appends the alerts of one deadline to `out`, soonest first; with `bounds`, only those sent in (after, upTo]
   * (so `dueAlerts` allocates nothing for the many alerts outside its window).
   */
  plan(day: number, deadlineMs: number, knownMs: number, out: RawAlert[], bounds?: { after: number; upTo: number }): void;
}

const slotCaches = new Map<string, Map<number, number>>();

/** Builds the planner of a set of rules. */
export function createPlanner(rules: AlertRules): Planner {
  const offsets = [...rules.offsets].sort((a, b) => b - a); // largest first = earliest slot first
  const cacheKey = `${rules.holidays}|${rules.at}`;
  let slots = slotCaches.get(cacheKey);
  if (!slots) slotCaches.set(cacheKey, (slots = new Map()));
  const slotCache = slots;

  const slot = (day: number): number => {
    let ms = slotCache.get(day);
    if (ms === undefined) {
      ms = wallTimeToInstant(dateOfDay(workingDayOnOrBefore(day, rules.holidays)), rules.at);
      if (slotCache.size >= 100_000) slotCache.clear();
      slotCache.set(day, ms);
    }
    return ms;
  };

  // the slots of a deadline day depend on nothing else: computed once per day, earliest first, and with two
  // offsets moved onto one slot (Saturday and Sunday both → Friday) only the more urgent, smaller one kept
  const templates = new Map<number, { offset: number; dueMs: number }[]>();
  const template = (day: number) => {
    let list = templates.get(day);
    if (!list) {
      list = [];
      for (let i = 0; i < offsets.length; i++) {
        const dueMs = slot(day - offsets[i]);
        if (i + 1 < offsets.length && slot(day - offsets[i + 1]) === dueMs) continue;
        list.push({ offset: offsets[i], dueMs });
      }
      if (templates.size >= 100_000) templates.clear();
      templates.set(day, list);
    }
    return list;
  };

  const plan = (day: number, deadlineMs: number, knownMs: number, out: RawAlert[], bounds?: { after: number; upTo: number }): void => {
    const after = bounds ? bounds.after : -Infinity;
    const upTo = bounds ? bounds.upTo : Infinity;
    let missedOffset = -1;
    let missedMs = 0;
    const start = out.length;
    for (const { offset, dueMs } of template(day)) {
      // an alert at or after the deadline says nothing (08:00 alert, 07:00 deadline)
      if (dueMs >= deadlineMs) break;
      if (dueMs < knownMs) {
        // missed before the deadline was known; the last one missed is the most urgent
        missedOffset = offset;
        missedMs = dueMs;
      } else if (dueMs > upTo) {
        break;
      } else if (dueMs > after) {
        out.push({ offset, dueMs, sendMs: dueMs, late: false });
      }
    }
    if (missedOffset >= 0 && knownMs < deadlineMs && knownMs > after && knownMs <= upTo) {
      out.splice(start, 0, { offset: missedOffset, dueMs: missedMs, sendMs: knownMs, late: true });
    }
  };

  return { maxOffset: offsets.length > 0 ? offsets[0] : 0, slot, plan };
}
