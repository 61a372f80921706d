/**
 * One sync round: push the pending ops (≤ 500 per request), then pull until `more` is false (DESIGN.md, "Sync protocol").
 */
import { NetworkError, ServiceError, type ServiceClient } from '../api.ts';
import { readClientClock } from '../store/clock.ts';
import { syncCursor } from '../store/cursor.ts';
import { pendingOps } from '../store/pending.ts';
import { dropSent, followServerTime, mergePulled, rejectAll, serialized, settlePush } from './queue.ts';
import type { Op } from './ops.ts';
import { syncProfiles } from './profiles-sync.ts';

export const PUSH_BATCH = 500;
export const PULL_LIMIT = 1000;
// The service refuses bodies over 1 MB; stay well below it whatever the ops hold.
const PUSH_BYTES = 800_000;
// Ops refused as too far ahead are re-stamped and pushed again this often per round, then shown as problems.
const AHEAD_RETRIES = 3;

export type SyncOutcome =
  | { ok: true; pushed: number; rejected: number; pulled: number }
  | { ok: false; kind: 'offline' | 'unauthorized' | 'server'; message: string; retry: boolean };

function nextBatch(pending: readonly Op[]): Op[] {
  const batch: Op[] = [];
  let bytes = 0;
  for (const op of pending) {
    const size = JSON.stringify(op).length;
    if (batch.length >= PUSH_BATCH || (batch.length > 0 && bytes + size > PUSH_BYTES)) break;
    batch.push(op);
    bytes += size;
  }
  return batch;
}

/**
 * Pushes every pending op, then pulls everything newer than the cursor; after each answer the clock follows the
 * service's (`wallNow` reads the local clock). Never throws.
 */
export async function syncOnce(api: ServiceClient, wallNow: () => number = Date.now): Promise<SyncOutcome> {
  let pushed = 0;
  let rejected = 0;
  let pulled = 0;
  let aheadRetries = 0;
  try {
    const { clientId } = await serialized(readClientClock);
    // an answer that settles none of the batch (a broken proxy, a wrong service) must not make this loop forever: the
    // same first op twice means the service did not take it (re-stamped ops have new opIds)
    const tried = new Set<string>();
    for (;;) {
      const batch = nextBatch(await pendingOps.getValue());
      if (batch.length === 0) break;
      if (tried.has(batch[0].opId)) throw new Error('the service answered the push without settling its changes');
      tried.add(batch[0].opId);
      try {
        const reply = await api.push(clientId, batch);
        const at = wallNow();
        const settled = await settlePush(batch, reply, new Date(at), { retryAhead: aheadRetries < AHEAD_RETRIES });
        rejected += settled.rejected;
        if (settled.kept > 0) aheadRetries += 1;
        await followServerTime(reply.serverTime, at);
      } catch (error) {
        // 403: this member may not write (a viewer). Those ops can never apply: show why and drop them.
        if (error instanceof ServiceError && error.status === 403) {
          rejected += (await rejectAll(batch, error.message)).rejected;
        } else throw error;
      }
      pushed += batch.length;
    }
    for (;;) {
      const page = await api.pull(await syncCursor.getValue(), PULL_LIMIT);
      const at = wallNow();
      await mergePulled(page.items, page.cursor);
      await followServerTime(page.serverTime, at);
      pulled += page.items.length;
      if (!page.more) break;
    }
    // the copy now holds what the service made of the acknowledged ops (this round's, and any a failed pull left)
    await dropSent();
    // the team's site profiles for the clip (issue 10, item 2)
    await syncProfiles(api);
    return { ok: true, pushed, rejected, pulled };
  } catch (error) {
    if (error instanceof NetworkError) return { ok: false, kind: 'offline', message: error.message, retry: true };
    if (error instanceof ServiceError) {
      if (error.status === 401) return { ok: false, kind: 'unauthorized', message: error.message, retry: false };
      return { ok: false, kind: 'server', message: `${error.status} ${error.message}`, retry: error.status >= 500 || error.status === 429 };
    }
    return { ok: false, kind: 'server', message: error instanceof Error ? error.message : String(error), retry: true };
  }
}
