/**
 * Ops (DESIGN.md, "Sync protocol") and the overlay of pending ops on the server's items: the extension always shows
 * server state with its own unsent edits on top.
 */
import { itemDefaults, type Item, type ItemFields } from '../../../shared/schema.ts';

export type FieldChanges = Partial<ItemFields>;

export interface Op {
  opId: string;
  itemId: string;
  hlc: string;
  set: FieldChanges;
}

/** A change asked for by a page before the background stamps it into an op. */
export interface Change {
  itemId: string;
  set: FieldChanges;
}

/** An op the server refused, kept until the user has read why. */
export interface Problem {
  op: Op;
  /** title of the item at the time, so the message names it */
  title: string;
  error: string;
  at: string;
}

/** Applies one op to an item (or creates the item), field by field. */
export function applyOp(item: Item | undefined, op: Op, now: string): Item | undefined {
  if (!item) {
    if (!op.set.kind || !op.set.title) return undefined;
    item = {
      id: op.itemId,
      kind: op.set.kind,
      title: op.set.title,
      ...itemDefaults(op.set.kind),
      origin: 'clip',
      createdBy: null,
      createdAt: now,
      updatedAt: now,
      rev: 0,
    };
  }
  return { ...item, ...op.set, updatedAt: now } as Item;
}

/** The items as the user should see them: server copy with pending ops applied in hlc order. */
export function overlay(server: Record<string, Item>, pending: readonly Op[]): Record<string, Item> {
  if (pending.length === 0) return server;
  const view = { ...server };
  const ordered = [...pending].sort((a, b) => a.hlc.localeCompare(b.hlc));
  for (const op of ordered) {
    const next = applyOp(view[op.itemId], op, new Date(Number(op.hlc.slice(0, 13))).toISOString());
    if (next) view[op.itemId] = next;
  }
  return view;
}
