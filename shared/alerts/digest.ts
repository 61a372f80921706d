/**
 * The weekly digest: every Monday at the team's `at` time, the deadlines of the next 30 days. Unlike deadline
 * alerts it is NOT moved off a holiday Monday: it is an overview, not a reminder of one date, and moving it to the
 * Friday before would make its 30-day window start on a different day than its subscribers expect. Someone off on
 * Easter Monday reads it on Tuesday, and every deadline in it still has its own alerts on working days.
 */
import type { Deadline, Item } from '../schema.ts';
import type { AlertRules } from './rules.ts';
import { instantToWallTime, wallTimeToInstant } from '../time/berlin.ts';
import { dateOfDay, dayNumber, weekdayOf } from '../time/days.ts';
import { deadlineDay, deadlineInstant, deadlineKey } from './deadline.ts';
import { toMs } from './instant.ts';
import type { Instant } from './instant.ts';
import { isAlertable } from './schedule.ts';
import type { AlertItem } from './schedule.ts';

export const DIGEST_DAYS = 30;

export interface DigestSlot {
  /** `digest|<weekOf>`; the outbox adds the channel */
  key: string;
  /** the Monday "YYYY-MM-DD" */
  weekOf: string;
  /** ISO UTC instant: Monday at `at` Berlin time */
  sendAt: string;
}

export type DigestItem = AlertItem & Pick<Item, 'title' | 'url'>;

export interface DigestEntry {
  itemId: string;
  title: string;
  url: string | null;
  deadline: Deadline;
  deadlineKey: string;
  deadlineAt: string;
  /** Berlin calendar days from the digest's Monday to the deadline */
  days: number;
}

export interface Digest extends DigestSlot {
  /** last day covered, "YYYY-MM-DD" (Monday + 30 days) */
  until: string;
  /** soonest first; empty when nothing is due (the caller decides whether to send an empty digest) */
  entries: DigestEntry[];
}

/** The digest slots in (since, now]: one per Monday; none when the team turned the digest off. */
export function digestSlots(rules: AlertRules, since: Instant, now: Instant): DigestSlot[] {
  if (rules.digest === 'off') return [];
  const sinceMs = toMs(since);
  const nowMs = toMs(now);
  if (!(sinceMs < nowMs)) return [];
  const out: DigestSlot[] = [];
  const last = dayNumber(instantToWallTime(nowMs).date);
  let day = dayNumber(instantToWallTime(sinceMs).date);
  day += (8 - weekdayOf(day)) % 7; // the first Monday on or after since's Berlin date
  for (; day <= last; day += 7) {
    const sendMs = wallTimeToInstant(dateOfDay(day), rules.at);
    if (sendMs > sinceMs && sendMs <= nowMs) {
      const weekOf = dateOfDay(day);
      out.push({ key: `digest|${weekOf}`, weekOf, sendAt: new Date(sendMs).toISOString() });
    }
  }
  return out;
}

/** The digest's content for one slot: alertable items' deadlines still ahead at send time and within 30 days. */
export function buildDigest(items: Iterable<DigestItem>, slot: DigestSlot): Digest {
  const sendMs = toMs(slot.sendAt);
  const monday = dayNumber(slot.weekOf);
  const entries: DigestEntry[] = [];
  for (const item of items) {
    if (!isAlertable(item)) continue;
    const seen = new Set<string>();
    for (const deadline of item.deadlines) {
      const day = deadlineDay(deadline);
      const deadlineMs = deadlineInstant(deadline);
      const key = deadlineKey(deadline);
      if (day - monday > DIGEST_DAYS || deadlineMs <= sendMs || seen.has(key)) continue;
      seen.add(key);
      entries.push({
        itemId: item.id,
        title: item.title,
        url: item.url,
        deadline,
        deadlineKey: key,
        deadlineAt: new Date(deadlineMs).toISOString(),
        days: day - monday,
      });
    }
  }
  entries.sort((a, b) => compareText(a.deadlineAt, b.deadlineAt) || compareText(a.itemId, b.itemId) || compareText(a.deadlineKey, b.deadlineKey));
  return { ...slot, until: dateOfDay(monday + DIGEST_DAYS), entries };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
