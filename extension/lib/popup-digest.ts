/**
 * The popup's first paint must not wait for the whole local copy: chrome.storage reads of 1,000 items take 100–200 ms.
 * The background keeps a small digest — for every popup filter, the items the popup would show first — and the popup
 * renders from it, then swaps in the full copy. Items are stored without their long texts (summary, notes).
 */
import type { Item } from '../../shared/schema.ts';
import { upcoming } from './deadlines.ts';

/** Rows the popup shows; the digest holds this many per filter combination. */
export const POPUP_ROWS = 50;

export interface PopupDigest {
  builtAt: string;
  /** the open items with a due date, as many as any filter needs for its first rows */
  items: Item[];
  /** how many open items have a due date in the full copy (the "N more" line) */
  total: number;
}

/** The digest of `items` for `memberId` at `now`: the union of the first rows of every filter combination. */
export function buildDigest(items: readonly Item[], memberId: string | null, now: Date): PopupDigest {
  const list = upcoming(items, now);
  const keep = new Set<string>();
  for (const who of ['all', 'mine'] as const) {
    for (const kind of ['all', 'call', 'event'] as const) {
      let n = 0;
      for (const due of list) {
        if (n >= POPUP_ROWS) break;
        if ((kind === 'all' || due.item.kind === kind) && (who === 'all' || due.item.assignee === memberId)) {
          keep.add(due.item.id);
          n += 1;
        }
      }
    }
  }
  const kept = list.filter((due) => keep.has(due.item.id)).map((due) => ({ ...due.item, summary: '', notes: '' }));
  return { builtAt: now.toISOString(), items: kept, total: list.length };
}
