/**
 * The extension's view of ops (shared/sync) — plus what only a client needs: changes asked for by pages before the
 * background stamps them, the problems list, and the overlay keyed by id for quick lookups.
 */
import type { Item } from '../../../shared/schema.ts';
import { overlay as overlayList, type Op, type OpSet } from '../../../shared/sync/index.ts';

export type { Op };
export type FieldChanges = OpSet;

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

/** The items as the user should see them, by id: server copy with pending ops applied in queue order. */
export function overlay(server: Record<string, Item>, pending: readonly Op[], memberId: string | null = null): Record<string, Item> {
  if (pending.length === 0) return server;
  const now = new Date().toISOString();
  const view: Record<string, Item> = {};
  for (const item of overlayList(Object.values(server), pending, { now, memberId })) view[item.id] = item;
  return view;
}
