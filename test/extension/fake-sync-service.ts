/** A sync service in memory for the extension suites: what a push and a pull answer, with a pull that can be held back. */
import type { Item } from '../../shared/schema.ts';
import { NetworkError, type ServiceClient } from '../../extension/lib/api.ts';
import type { Op } from '../../extension/lib/sync/ops.ts';
import { makeItem, noChannels } from './fixtures.ts';

export interface FakeSyncOptions {
  /** fields a colleague's later edit holds: an op's value for them loses, as with the service's field clocks */
  loses?: string[];
  /** the pull fails as offline */
  pullDown?: boolean;
  /** the pull waits for this promise (the moment between a push's answer and the pull) */
  pullGate?: Promise<unknown>;
}

/**
 * Applies every op as the service does for one writer; an applied op that changes nothing keeps the item's rev, so the
 * pull does not send it again. Pulls everything after the cursor in one page.
 */
export function fakeSyncService(items: Item[], { loses = [], pullDown = false, pullGate }: FakeSyncOptions = {}): ServiceClient {
  const byId = new Map(items.map((item) => [item.id, item]));
  let rev = Math.max(0, ...items.map((item) => item.rev));
  return {
    async me() {
      throw new Error('unused');
    },
    async push(_clientId, ops: Op[]) {
      for (const op of ops) {
        const set = Object.fromEntries(Object.entries(op.set).filter(([field]) => !loses.includes(field)));
        const before = byId.get(op.itemId) ?? makeItem({ id: op.itemId, kind: op.set.kind, title: op.set.title, rev: 0 });
        if (Object.keys(set).length > 0 || !byId.has(op.itemId)) byId.set(op.itemId, { ...before, ...set, rev: ++rev });
      }
      return { results: ops.map((op) => ({ opId: op.opId, status: 'applied' as const })), cursor: rev };
    },
    async pull(since) {
      await pullGate;
      if (pullDown) throw new NetworkError('connection reset');
      const page = [...byId.values()].filter((item) => item.rev > since).sort((a, b) => a.rev - b.rev);
      return { items: page, cursor: page.at(-1)?.rev ?? since, more: false };
    },
    async alerts() {
      return { alerts: [], cursor: 0, more: false };
    },
    ...noChannels,
    async members() {
      return [];
    },
  };
}
