/** The dashboard's search, filters and sort, as pure functions over items (tested without a page). */
import type { Item, ItemKind, ItemStatus } from '../../../shared/schema.ts';
import { berlinDay } from '../../../shared/time/berlin.ts';
import { addDays } from '../../../shared/time/days.ts';
import { dueDateOf } from '../../lib/deadlines.ts';

export interface DashboardFilter {
  query: string;
  kind: 'all' | ItemKind;
  status: 'open' | 'all' | ItemStatus;
  /** 'mine' = assigned to the connected member */
  assignee: 'all' | 'none' | 'mine' | string;
  tag: string;
  /** only items with a date still ahead within this many days (an item whose dates are all over is not due); null = any */
  dueWithin: number | null;
  sort: 'due' | 'title' | 'updated' | 'status';
}

export const DEFAULT_FILTER: DashboardFilter = { query: '', kind: 'all', status: 'open', assignee: 'all', tag: '', dueWithin: null, sort: 'due' };

const fold = (s: string) => s.toLocaleLowerCase('de').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** True when every word of the query occurs in the title, place, organizer, programme, notes or tags. */
export function matchesQuery(item: Item, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([item.title, item.location ?? '', item.organizer ?? '', item.programme ?? '', item.notes, ...item.tags].join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** Items passing the filter, sorted as asked; `memberId` is the connected member ("mine"). */
export function applyFilter(items: readonly Item[], f: DashboardFilter, now: Date, memberId: string | null = null): Item[] {
  const today = berlinDay(now);
  const kept = items.filter((item) => {
    if (item.deleted) return false;
    if (f.kind !== 'all' && item.kind !== f.kind) return false;
    if (f.status === 'open' && (item.status === 'done' || item.status === 'dismissed')) return false;
    if (f.status !== 'open' && f.status !== 'all' && item.status !== f.status) return false;
    if (f.assignee === 'none' && item.assignee) return false;
    if (f.assignee === 'mine' && (memberId === null || item.assignee !== memberId)) return false;
    if (f.assignee !== 'all' && f.assignee !== 'none' && f.assignee !== 'mine' && item.assignee !== f.assignee) return false;
    if (f.tag && !item.tags.includes(f.tag)) return false;
    if (f.dueWithin !== null) {
      const due = dueDateOf(item, now);
      if (!due || due.countdown.expired || due.date > addDays(today, f.dueWithin)) return false;
    }
    return matchesQuery(item, f.query);
  });
  const dueKey = (item: Item) => {
    const due = dueDateOf(item, now);
    return due ? `${due.countdown.expired ? 1 : 0}${due.date}${due.time ?? '24:00'}` : '2';
  };
  const order: Record<DashboardFilter['sort'], (a: Item, b: Item) => number> = {
    due: (a, b) => dueKey(a).localeCompare(dueKey(b)),
    title: (a, b) => a.title.localeCompare(b.title, 'de'),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  };
  return kept.sort((a, b) => order[f.sort](a, b) || a.title.localeCompare(b.title, 'de'));
}

const STATUS_ORDER: ItemStatus[] = ['new', 'watching', 'applying', 'submitted', 'done', 'dismissed'];

/** Every tag used in the list, sorted. */
export function allTags(items: readonly Item[]): string[] {
  return [...new Set(items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b, 'de'));
}

/** Where automatic finds come from: watched sources and the team's newsletters. */
const FOUND = /^(?:source|mail):/;

/** New finds from sources and newsletters that nobody has looked at yet (the inbox). */
export function inbox(items: readonly Item[]): Item[] {
  return items.filter((i) => !i.deleted && i.status === 'new' && FOUND.test(i.origin)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
