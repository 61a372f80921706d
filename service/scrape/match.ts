/**
 * Matching (pure): which existing item a find is, and what really changed. A find is matched to the item this source
 * found before (by its key, or by its title on the same page), else to a team item with the same canonical URL, else
 * to one with the same title and the same deadline (or start, for events). Only dates and place count as changes —
 * a moved deadline, a new stage, a new start or venue — never reworded titles or teasers.
 */
import { canonicalJson } from '../../shared/sync/canonical.ts';
import type { Deadline, ItemFields } from '../../shared/schema.ts';
import { urlKey } from '../../shared/canonical-url.ts';
import type { Found } from './found.ts';
import type { SourceFind } from './readers/types.ts';

/** What this source found before, and which item it became. */
export interface KnownFind {
  key: string;
  itemId: string;
  pageUrl: string;
  /** the find as it was last seen */
  snapshot: Found;
}

/** The team's items as matching sees them (tombstones included: a deleted item is never brought back). */
export interface ItemRef {
  id: string;
  kind: ItemFields['kind'];
  title: string;
  url: string | null;
  deadlines: Deadline[];
  start: string | null;
  deleted: boolean;
}

export type Match =
  | { via: 'source'; itemId: string; known: KnownFind }
  | { via: 'url' | 'title'; itemId: string; known: null }
  | null;

/** The fields a source's finding can change on an existing item. */
export const CHANGEABLE = ['deadlines', 'start', 'end', 'location'] as const;
export type Changeable = (typeof CHANGEABLE)[number];

/** Titles compared loosely: case, punctuation, dashes and spacing do not matter. */
export function normTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The date a find is known by besides its title: its first deadline, or the start of an event. */
function anchorDate(item: { deadlines: Deadline[]; start: string | null }): string {
  return item.deadlines[0]?.date ?? item.start?.slice(0, 10) ?? '';
}

/**
 * The URLs that name one find alone: not when several finds of the run share one (items listed on one page, a
 * calendar's events without their own pages), nor the empty one of a find without an address (a newsletter's).
 */
export function distinctiveUrls(finds: SourceFind[]): Set<string> {
  const counts = new Map<string, number>();
  for (const f of finds) if (f.url !== '') counts.set(urlKey(f.url), (counts.get(urlKey(f.url)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n === 1).map(([url]) => url));
}

/** The identity of a find within its source. */
export function findKey(find: SourceFind, distinctive: Set<string>): string {
  if (find.key) return find.key;
  const url = urlKey(find.url);
  if (distinctive.has(url)) return `url:${url}`;
  return `title:${urlKey(find.pageUrl)}|${normTitle(find.title)}|${anchorDate(find)}`;
}

/** The item a find is, or null for a new one. */
export function matchFind(find: SourceFind, key: string, distinctive: Set<string>, known: KnownFind[], items: ItemRef[]): Match {
  const byKey = known.find((k) => k.key === key);
  if (byKey) return { via: 'source', itemId: byKey.itemId, known: byKey };
  // the same title on the same page, its deadline moved: the key changed, the item did not
  const title = normTitle(find.title);
  const samePage = known.filter((k) => k.pageUrl === find.pageUrl && normTitle(k.snapshot.title) === title);
  if (samePage.length === 1) return { via: 'source', itemId: samePage[0].itemId, known: samePage[0] };

  const url = urlKey(find.url);
  if (distinctive.has(url)) {
    const byUrl = items.filter((i) => i.url !== null && urlKey(i.url) === url && i.kind === find.kind);
    if (byUrl.length === 1) return { via: 'url', itemId: byUrl[0].id, known: null };
  }
  const anchor = anchorDate(find);
  const byTitle = items.find((i) => normTitle(i.title) === title && anchorDate(i) === anchor);
  return byTitle ? { via: 'title', itemId: byTitle.id, known: null } : null;
}

/** Deadlines compared by what they are (date, time, kind), not by how they are labelled. */
function deadlineSet(deadlines: Deadline[]): string {
  return canonicalJson(deadlines.map((d) => `${d.date}T${d.time ?? ''}|${d.kind}`).sort());
}

function same(field: Changeable, a: Found | Pick<ItemFields, Changeable>, b: Found): boolean {
  if (field === 'deadlines') return deadlineSet(a.deadlines) === deadlineSet(b.deadlines);
  return (a[field] ?? null) === (b[field] ?? null);
}

/**
 * What to set on the item: the changeable fields whose value the source now states differently from what it stated
 * before (`before`), or — for an item the source never saw — from the item itself, but only where the page says
 * something (an empty find never blanks a field a person filled in).
 */
export function changedFields(before: Found | null, after: Found, item: Pick<ItemFields, Changeable>): Partial<Pick<ItemFields, Changeable>> {
  const set: Partial<Pick<ItemFields, Changeable>> = {};
  for (const field of CHANGEABLE) {
    if (before) {
      if (same(field, before, after)) continue;
    } else {
      const says = field === 'deadlines' ? after.deadlines.length > 0 : after[field] !== null;
      if (!says || same(field, item, after)) continue;
    }
    // already what the item holds (a person made the same edit): nothing to write
    if (same(field, item, after)) continue;
    (set as Record<string, unknown>)[field] = after[field];
  }
  return set;
}
