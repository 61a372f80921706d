/**
 * "Frist geändert": what changed in an item's deadlines between two versions (a re-scraped page, an edit). A moved
 * deadline is a new deadline for the rules (new key, alerts planned afresh); this tells the team that it moved.
 * The old and new deadline are paired by kind and label first, then by kind alone, in list order.
 */
import type { Deadline, Item } from '../schema.ts';
import { deadlineKey } from './deadline.ts';
import { isAlertable } from './schedule.ts';

export const DEADLINE_CHANGED_TITLE = { de: 'Frist geändert', en: 'Deadline changed' } as const;

export interface DeadlineChange {
  type: 'deadline.changed';
  /** `<itemId>|changed|<fromKey>><toKey>` (an empty side for an added or removed deadline) */
  key: string;
  itemId: string;
  /** the deadline before; null when a deadline was added (e.g. a second stage appeared) */
  from: Deadline | null;
  /** the deadline now; null when a deadline was removed */
  to: Deadline | null;
}

type Versioned = Pick<Item, 'id' | 'deadlines' | 'status' | 'deleted'>;

/**
 * The deadline changes from `before` to `after`; none for a new item (`before` null), for an item that is deleted,
 * done or dismissed now, or when only labels changed (same date, time and kind is the same deadline).
 */
export function deadlineChanges(before: Versioned | null, after: Versioned): DeadlineChange[] {
  if (!before || !isAlertable(after)) return [];
  const beforeKeys = new Set(before.deadlines.map(deadlineKey));
  const afterKeys = new Set(after.deadlines.map(deadlineKey));
  const removed = uniqueByKey(before.deadlines.filter((d) => !afterKeys.has(deadlineKey(d))));
  const added = uniqueByKey(after.deadlines.filter((d) => !beforeKeys.has(deadlineKey(d))));

  const pairs: [Deadline | null, Deadline | null][] = [];
  const take = (match: (from: Deadline, to: Deadline) => boolean) => {
    for (let i = 0; i < added.length; i++) {
      const j = removed.findIndex((from) => match(from, added[i]));
      if (j < 0) continue;
      pairs.push([removed[j], added[i]]);
      removed.splice(j, 1);
      added.splice(i--, 1);
    }
  };
  take((from, to) => from.kind === to.kind && sameLabel(from.label, to.label));
  take((from, to) => from.kind === to.kind);
  for (const to of added) pairs.push([null, to]);
  for (const from of removed) pairs.push([from, null]);

  return pairs.map(([from, to]) => ({
    type: 'deadline.changed',
    key: `${after.id}|changed|${from ? deadlineKey(from) : ''}>${to ? deadlineKey(to) : ''}`,
    itemId: after.id,
    from,
    to,
  }));
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function uniqueByKey(deadlines: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return deadlines.filter((d) => {
    const key = deadlineKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
