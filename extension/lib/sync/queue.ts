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
import { describeRejection, type PushResult } from '../api.ts';
import { Clock } from '../../../shared/sync/index.ts';
import { overlay, type Change, type Op } from './ops.ts';

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

/** Stamps changes into ops with this client's clock and appends them to the queue; resolves once stored. */
export function enqueueChanges(changes: readonly Change[], now: number = Date.now()): Promise<Op[]> {
  return serialized(async () => {
    const stored = await readClientClock();
    const clock = new Clock(stored.clientId, () => now);
    clock.observe(stored.last);
    const ops: Op[] = changes.map((change) => ({ opId: crypto.randomUUID(), itemId: change.itemId, hlc: clock.now(), set: change.set }));
    await clientClock.setValue({ clientId: stored.clientId, last: ops.at(-1)?.hlc ?? stored.last });
    await pendingOps.setValue([...(await pendingOps.getValue()), ...ops]);
    return ops;
  });
}

/** Removes pushed ops from the queue; rejected ones move to the problems list with the service's reason. */
export function settlePush(sent: readonly Op[], reply: PushResult, now: Date = new Date()): Promise<{ rejected: number }> {
  return serialized(async () => {
    const byId = new Map(reply.results.map((r) => [r.opId, r]));
    const view = overlay(await itemsCopy.getValue(), sent);
    const problems = sent
      .filter((op) => byId.get(op.opId)?.status === 'rejected')
      .map((op) => ({
        op,
        title: view[op.itemId]?.title ?? op.set.title ?? op.itemId,
        error: describeRejection(byId.get(op.opId)?.error),
        at: now.toISOString(),
      }));
    const settled = new Set(byId.keys());
    await pendingOps.setValue((await pendingOps.getValue()).filter((op) => !settled.has(op.opId)));
    if (problems.length > 0) await syncProblems.setValue([...(await syncProblems.getValue()), ...problems]);
    return { rejected: problems.length };
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

/** Forgets the local copy (a different team or token): the next sync pulls a full copy. Pending ops stay. */
export function resetCopy(): Promise<void> {
  return serialized(async () => {
    await itemsCopy.setValue({});
    await syncCursor.setValue(0);
  });
}

/** Removes a problem the user has read. */
export function dismissProblem(opId: string): Promise<void> {
  return serialized(async () => {
    await syncProblems.setValue((await syncProblems.getValue()).filter((p) => p.op.opId !== opId));
  });
}
