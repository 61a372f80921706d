/** GET /sync/pull (DESIGN.md "Sync protocol"): the team's items with rev > since, in rev order, paged. */
import type { Item } from '../../shared/schema.ts';
import { itemRowsSince, rowToItem } from '../items/repository.ts';
import { isoNow, type Actor, type ServiceDeps } from '../services/context.ts';

export const MAX_PULL_LIMIT = 1000;

export interface PullResult {
  items: Item[];
  cursor: number;
  more: boolean;
  /** the service's wall clock (ISO) when it answered: a client ahead of it re-stamps its pending ops */
  serverTime: string;
}

/**
 * One page of changes. The cursor is the rev of the page's last item (or `since` when nothing changed): every
 * rev up to it is committed — writers serialise on the team row — so paging on from it never skips a change.
 */
export async function pull(deps: Pick<ServiceDeps, 'db' | 'readCache' | 'now'>, actor: Actor, since: number, limit: number): Promise<PullResult> {
  const cache = deps.readCache;
  const teamId = actor.team.id;
  // an up-to-date client asking again (the common case): nothing was committed since the last query said so
  if (cache?.isQuiet(teamId, since)) return { items: [], cursor: since, more: false, serverTime: isoNow(deps) };
  const at = cache?.before();
  const pageSize = Math.min(Math.max(1, limit), MAX_PULL_LIMIT);
  const rows = await itemRowsSince(deps.db, teamId, since, pageSize + 1);
  const more = rows.length > pageSize;
  const items = rows.slice(0, pageSize).map(rowToItem);
  const cursor = items.length > 0 ? items[items.length - 1].rev : since;
  if (cache && !more) cache.rememberQuiet(teamId, cursor, at);
  return { items, cursor, more, serverTime: isoNow(deps) };
}
