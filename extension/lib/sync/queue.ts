/**
 * Every write to the local copy, the op queue and the problems list goes through here, one at a time: the background
 * is the only writer, so a clip saved while a sync runs can never be lost between a read and a write.
 */
import type { Item } from '../../../shared/schema.ts';
import { clientClock, readClientClock } from '../store/clock.ts';
import { syncCursor } from '../store/cursor.ts';
import { itemsCopy } from '../store/items.ts';
import { pendingOps } from '../store/pending.ts';
import { syncProblems } from '../store/problems.ts';
import { sentOps } from '../store/sent.ts';
import { describeRejection, type PushResult } from '../api.ts';
import { t } from '../i18n.ts';
import { Clock, beyondServerLimit, correctClock, maxHlc, readServerTime } from '../../../shared/sync/index.ts';
import { overlay, type Change, type Op } from './ops.ts';

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

/** Stamps changes into ops with this client's clock (kept within the service's) and appends them to the queue. */
export function enqueueChanges(changes: readonly Change[], now: number = Date.now()): Promise<Op[]> {
  return serialized(async () => {
    const stored = await readClientClock();
    const clock = new Clock(stored.clientId, () => now + (stored.offsetMs ?? 0));
    clock.observe(stored.last);
    const ops: Op[] = changes.map((change) => ({ opId: crypto.randomUUID(), itemId: change.itemId, hlc: clock.now(), set: change.set }));
    await clientClock.setValue({ ...stored, last: ops.at(-1)?.hlc ?? stored.last });
    await pendingOps.setValue([...(await pendingOps.getValue()), ...ops]);
    return ops;
  });
}

/**
 * Removes pushed ops from the queue; rejected ones move to the problems list with the service's reason — except, with
 * `retryAhead`, those refused for a clock ahead of the answer's `serverTime`: they stay to be re-stamped
 * ({@link followServerTime}). `kept` counts those.
 */
export function settlePush(
  sent: readonly Op[],
  reply: PushResult,
  now: Date = new Date(),
  { retryAhead = false }: { retryAhead?: boolean } = {},
): Promise<{ rejected: number; kept: number }> {
  return serialized(async () => {
    // a result without an opId (an op the service could not read) settles none of ours
    const byId = new Map(reply.results.flatMap((r) => (r.opId === null ? [] : [[r.opId, r] as const])));
    const serverMs = readServerTime(reply.serverTime);
    const refused = sent.filter((op) => byId.get(op.opId)?.status === 'rejected');
    const ahead = new Set(serverMs === null ? [] : refused.filter((op) => beyondServerLimit(op, serverMs)).map((op) => op.opId));
    const stay = retryAhead ? ahead : new Set<string>();
    const acknowledged = sent.filter((op) => ['applied', 'duplicate'].includes(byId.get(op.opId)?.status ?? ''));
    await noteAcknowledged(acknowledged);
    // the pages show them on until the pull brings the service's copy (store/sent.ts): written before they leave the
    // queue, so no storage change shows a view without them
    if (acknowledged.length > 0) await sentOps.setValue([...(await sentOps.getValue()), ...acknowledged]);
    const view = overlay(await itemsCopy.getValue(), sent);
    const problems = refused
      .filter((op) => !stay.has(op.opId))
      .map((op) => ({
        op,
        title: view[op.itemId]?.title ?? op.set.title ?? op.itemId,
        error: ahead.has(op.opId) ? t('syncClockAhead') : describeRejection(byId.get(op.opId)?.error),
        at: now.toISOString(),
      }));
    const settled = new Set([...byId.keys()].filter((opId) => !stay.has(opId)));
    await pendingOps.setValue((await pendingOps.getValue()).filter((op) => !settled.has(op.opId)));
    if (problems.length > 0) await syncProblems.setValue([...(await syncProblems.getValue()), ...problems]);
    return { rejected: problems.length, kept: stay.size };
  });
}

/** Remembers the highest hlc the service acknowledged: own later ops must order after it, whatever the clock says. */
async function noteAcknowledged(ops: readonly Op[]): Promise<void> {
  if (ops.length === 0) return;
  const stored = await readClientClock();
  const acked = maxHlc([stored.acked, ...ops.map((op) => op.hlc)]);
  if (acked !== stored.acked) await clientClock.setValue({ ...stored, acked });
}

/**
 * Follows the `serverTime` of an answer read at local time `localMs` (shared/sync/skew.ts): keeps the offset for
 * future ops and re-stamps the pending ops stamped ahead. Resolves with how many were re-stamped.
 */
export function followServerTime(serverTime: unknown, localMs: number): Promise<number> {
  const serverMs = readServerTime(serverTime);
  if (serverMs === null) return Promise.resolve(0);
  return serialized(async () => {
    const correction = correctClock(await readClientClock(), await pendingOps.getValue(), serverMs, localMs, () => crypto.randomUUID());
    if (!correction) return 0;
    await clientClock.setValue(correction.clock);
    if (correction.restamped > 0) await pendingOps.setValue(correction.pending);
    return correction.restamped;
  });
}

/** Drops every op in `sent` as rejected for one reason (a 403 for the whole push: the member may not write). */
export function rejectAll(sent: readonly Op[], reason: string, now: Date = new Date()): Promise<{ rejected: number }> {
  return settlePush(sent, { results: sent.map((op) => ({ opId: op.opId, status: 'rejected' as const, error: reason })), cursor: 0 }, now);
}

/** Stores a page of pulled items and the new cursor. */
export function mergePulled(items: readonly Item[], cursor: number): Promise<void> {
  return serialized(async () => {
    if (items.length > 0) {
      const copy = { ...(await itemsCopy.getValue()) };
      for (const item of items) copy[item.id] = item;
      await itemsCopy.setValue(copy);
    }
    await syncCursor.setValue(cursor);
  });
}

/**
 * The pull after a push has stored the service's copy: the acknowledged ops (store/sent.ts) are in it now — or lost to
 * a colleague's later edit, which the copy shows — and leave the view. Called after the copy was written.
 */
export function dropSent(): Promise<void> {
  return serialized(async () => {
    if ((await sentOps.getValue()).length > 0) await sentOps.setValue([]);
  });
}

/** Forgets the local copy (a different team or token): the next sync pulls a full copy. Pending ops stay. */
export function resetCopy(): Promise<void> {
  return serialized(async () => {
    await itemsCopy.setValue({});
    await sentOps.setValue([]);
    await syncCursor.setValue(0);
  });
}

/** Removes a problem the user has read. */
export function dismissProblem(opId: string): Promise<void> {
  return serialized(async () => {
    await syncProblems.setValue((await syncProblems.getValue()).filter((p) => p.op.opId !== opId));
  });
}
