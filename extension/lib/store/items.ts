/** The local copy of the team's items as the server last sent them (pending ops are kept apart, see pending.ts). */
import type { Item } from '../../../shared/schema.ts';
import { lazyItem } from './lazy-item.ts';

/** Server items by id, tombstones included, as of `syncCursor`. Defined on first use: it is the one large value. */
export const itemsCopy = lazyItem<Record<string, Item>>('local:items', {
  fallback: {},
  // Bump `version` and add `migrations[n]` whenever the stored shape changes; WXT runs them on first read.
  version: 1,
  migrations: {},
});
