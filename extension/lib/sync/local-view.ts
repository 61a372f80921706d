/** The items as this browser shows them, read once (the pages' store follows the same parts by storage watches). */
import type { Item } from '../../../shared/schema.ts';
import { itemsCopy } from '../store/items.ts';
import { pendingOps } from '../store/pending.ts';
import { sentOps } from '../store/sent.ts';
import { overlay, type Op } from './ops.ts';

/** The ops on top of the local copy, oldest first: those the service acknowledged (not pulled yet), then the pending ones. */
export const unpulledOps = (sent: readonly Op[], pending: readonly Op[]): Op[] => [...sent, ...pending];

/** The local copy with every own op it does not hold yet, by id; `memberId` names who creates new entries. */
export async function readLocalView(memberId: string | null = null): Promise<Record<string, Item>> {
  const [copy, sent, pending] = await Promise.all([itemsCopy.getValue(), sentOps.getValue(), pendingOps.getValue()]);
  return overlay(copy, unpulledOps(sent, pending), memberId);
}
