/**
 * What a client shows: the server's items with its own pending ops applied on top (DESIGN.md "Sync protocol").
 * Pending ops are the user's latest intent, so they win locally until the server has answered them; an op that
 * cannot apply (an edit of an item the client does not hold, without kind and title) is left out, never blocking
 * the ops behind it.
 */
import { itemDefaults, type Item, type ItemFields } from '../schema.ts';
import type { Op } from './op.ts';

export interface OverlayOptions {
  /** createdAt/updatedAt of items that exist only as pending ops (ISO time) */
  now: string;
  /** createdBy of items that exist only as pending ops */
  memberId?: string | null;
}

/** Server items (by pull) with pending ops applied in order; a new list, inputs untouched. */
export function overlay(serverItems: readonly Item[], pendingOps: readonly Op[], options: OverlayOptions): Item[] {
  const byId = new Map<string, Item>(serverItems.map((item) => [item.id, item]));
  for (const op of pendingOps) {
    const base = byId.get(op.itemId);
    if (base) {
      byId.set(op.itemId, { ...base, ...op.set });
      continue;
    }
    const { kind, title } = op.set;
    if (kind === undefined || title === undefined) continue;
    const fields: ItemFields = { ...itemDefaults(kind), ...op.set, kind, title };
    byId.set(op.itemId, {
      id: op.itemId,
      ...fields,
      origin: 'clip',
      createdBy: options.memberId ?? null,
      createdAt: options.now,
      updatedAt: options.now,
      rev: 0,
    });
  }
  return [...byId.values()];
}

/** Replaces held items by the pulled ones (same id) — how a client folds a pull page into its copy. */
export function applyPulled(held: ReadonlyMap<string, Item>, pulled: readonly Item[]): Map<string, Item> {
  const next = new Map(held);
  for (const item of pulled) next.set(item.id, item);
  return next;
}
