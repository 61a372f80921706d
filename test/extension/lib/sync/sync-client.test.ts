import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Item } from '../../../../shared/schema.ts';
import { NetworkError, ServiceError, type ServiceClient } from '../../../../extension/lib/api.ts';
import { syncCursor } from '../../../../extension/lib/store/cursor.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { syncProblems } from '../../../../extension/lib/store/problems.ts';
import type { Op } from '../../../../extension/lib/sync/ops.ts';
import { enqueueChanges } from '../../../../extension/lib/sync/queue.ts';
import { syncOnce } from '../../../../extension/lib/sync/sync-client.ts';
import { makeItem, noChannels } from '../../fixtures.ts';

beforeEach(() => fakeBrowser.reset());

/** A service in memory: applies every op except those whose title is "bad", pages pulls by `limit`. */
function fakeService(serverItems: Item[] = []) {
  const pushes: Op[][] = [];
  const pulls: number[] = [];
  let down = false;
  const api: ServiceClient = {
    async me() {
      throw new Error('unused');
    },
    async push(_clientId, ops) {
      if (down) throw new NetworkError('connection refused');
      pushes.push(ops);
      return { results: ops.map((op) => (op.set.title === 'bad' ? { opId: op.opId, status: 'rejected' as const, error: 'title refused' } : { opId: op.opId, status: 'applied' as const })), cursor: serverItems.length };
    },
    async pull(since, limit) {
      if (down) throw new NetworkError('connection refused');
      pulls.push(since);
      const page = serverItems.filter((i) => i.rev > since).slice(0, Math.min(limit, 2));
      const cursor = page.at(-1)?.rev ?? since;
      return { items: page, cursor, more: serverItems.some((i) => i.rev > cursor) };
    },
    async alerts() {
      return { alerts: [], cursor: 0, more: false };
    },
    ...noChannels,
    async members() {
      return [];
    },
  };
  return { api, pushes, pulls, setDown: (d: boolean) => (down = d) };
}

describe('syncOnce', () => {
  it('pushes pending ops, then pulls page after page until more is false', async () => {
    const server = [1, 2, 3, 4, 5].map((rev) => makeItem({ rev }));
    const service = fakeService(server);
    await enqueueChanges([{ itemId: 'x', set: { kind: 'call', title: 'Neu' } }]);
    const outcome = await syncOnce(service.api);
    expect(outcome).toEqual({ ok: true, pushed: 1, rejected: 0, pulled: 5 });
    expect(service.pulls).toEqual([0, 2, 4]);
    expect(await syncCursor.getValue()).toBe(5);
    expect(Object.keys(await itemsCopy.getValue()).sort()).toEqual(server.map((i) => i.id).sort());
    expect(await pendingOps.getValue()).toEqual([]);
  });

  it('ends the round with an error, keeping the ops, when the service answers a push without settling them', async () => {
    const service = fakeService();
    service.api.push = async () => ({ results: [], cursor: 0 });
    await enqueueChanges([{ itemId: 'x', set: { kind: 'call', title: 'Neu' } }]);
    const outcome = await syncOnce(service.api);
    expect(outcome).toMatchObject({ ok: false, kind: 'server', retry: true });
    expect(await pendingOps.getValue()).toHaveLength(1);
  });

  it('drops a rejected op into problems without blocking the ops behind it', async () => {
    const service = fakeService();
    await enqueueChanges([
      { itemId: 'a', set: { kind: 'call', title: 'bad' } },
      { itemId: 'b', set: { kind: 'call', title: 'gut' } },
    ]);
    const outcome = await syncOnce(service.api);
    expect(outcome).toMatchObject({ ok: true, pushed: 2, rejected: 1 });
    expect((await syncProblems.getValue()).map((p) => p.error)).toEqual(['title refused']);
    expect(await pendingOps.getValue()).toEqual([]);
  });

  it('keeps every op while the service is down and sends them once it is back', async () => {
    const service = fakeService();
    service.setDown(true);
    await enqueueChanges([{ itemId: 'a', set: { kind: 'event', title: 'Offline erfasst' } }]);
    const offline = await syncOnce(service.api);
    expect(offline).toMatchObject({ ok: false, kind: 'offline', retry: true });
    expect(await pendingOps.getValue()).toHaveLength(1);
    service.setDown(false);
    expect(await syncOnce(service.api)).toMatchObject({ ok: true, pushed: 1 });
    expect(service.pushes.flat().map((op) => op.set.title)).toEqual(['Offline erfasst']);
  });

  it('sends at most 500 ops per push', async () => {
    const service = fakeService();
    await enqueueChanges(Array.from({ length: 1203 }, (_, i) => ({ itemId: `i${i}`, set: { notes: `n${i}` } })));
    await syncOnce(service.api);
    expect(service.pushes.map((p) => p.length)).toEqual([500, 500, 203]);
  });

  it('treats a 403 push as a rejection of those ops (a viewer cannot write) and a 401 as not retryable', async () => {
    const service = fakeService();
    service.api.push = async () => {
      throw new ServiceError(403, 'forbidden', 'viewers cannot write');
    };
    await enqueueChanges([{ itemId: 'a', set: { status: 'done' } }]);
    expect(await syncOnce(service.api)).toMatchObject({ ok: true, rejected: 1 });
    expect((await syncProblems.getValue())[0].error).toBe('viewers cannot write');
    service.api.pull = async () => {
      throw new ServiceError(401, 'unauthorized', 'unknown token');
    };
    expect(await syncOnce(service.api)).toMatchObject({ ok: false, kind: 'unauthorized', retry: false });
  });
});
