/**
 * Applies one validated op inside a write transaction that holds the team lock: duplicate detection by opId,
 * the team check on the item, the pure field-level merge, and the rev from the team-wide sequence.
 */
import type { Kysely } from 'kysely';
import type { Item } from '../../shared/schema.ts';
import { mergeOp } from '../../shared/sync/merge.ts';
import type { OpSet } from '../../shared/sync/op.ts';
import { findAppliedOp, insertAppliedOp } from '../store/applied-ops.ts';
import { findItemRow, insertItemRow, rowState, rowToItem, updateItemRow, type ItemRow } from '../store/items.ts';
import type { Database } from '../store/schema.ts';

/** The write transaction's view of its team: who writes, when, and the rev sequence it holds locked. */
export interface TeamWrite {
  trx: Kysely<Database>;
  teamId: string;
  memberId: string;
  /** ISO time of this write */
  at: string;
  /** origin of items this write creates: `clip`, or `source:<id>` for the scraper */
  origin: string;
  /** hands out the next rev of the team's sequence */
  nextRev(): number;
}

export type ApplyOutcome =
  | { status: 'applied'; item: Item; changed: boolean }
  | { status: 'duplicate' }
  | { status: 'rejected'; error: string; code: 'not_found' | 'conflict' | 'invalid' };

/** Applies `{ hlc, set }` to one item of the team (creating it when unknown); records `opId` when given. */
export async function applyOp(
  w: TeamWrite,
  op: { opId?: string; hash?: string; itemId: string; hlc: string; set: OpSet },
): Promise<ApplyOutcome> {
  if (op.opId !== undefined) {
    const seen = await findAppliedOp(w.trx, w.teamId, op.opId);
    if (seen) {
      return seen.hash === op.hash
        ? { status: 'duplicate' }
        : { status: 'rejected', code: 'conflict', error: 'opId was already used for a different op' };
    }
  }
  const row = await findItemRow(w.trx, op.itemId);
  // ids are global: another team's item is answered exactly like an unknown one that cannot be created
  if (row && row.team_id !== w.teamId) {
    return { status: 'rejected', code: 'not_found', error: 'itemId names no item of this team' };
  }
  const merged = mergeOp(row ? rowState(row) : null, op);
  if (!merged.ok) return { status: 'rejected', code: 'invalid', error: merged.error };

  let stored: ItemRow;
  if (!row) {
    stored = {
      id: op.itemId,
      team_id: w.teamId,
      rev: w.nextRev(),
      fields: JSON.stringify(merged.state.fields),
      hlcs: JSON.stringify(merged.state.hlcs),
      deleted: merged.state.fields.deleted ? 1 : 0,
      origin: w.origin,
      created_by: w.memberId,
      created_at: w.at,
      updated_at: w.at,
    };
    if (!(await insertItemRow(w.trx, stored))) {
      // taken meanwhile by another team's concurrent write
      return { status: 'rejected', code: 'not_found', error: 'itemId names no item of this team' };
    }
  } else if (merged.touched.length > 0) {
    const changed = merged.changed.length > 0;
    const change = {
      fields: JSON.stringify(merged.state.fields),
      hlcs: JSON.stringify(merged.state.hlcs),
      deleted: merged.state.fields.deleted ? 1 : 0,
      ...(changed ? { rev: w.nextRev(), updated_at: w.at } : {}),
    };
    await updateItemRow(w.trx, row.id, change);
    stored = { ...row, ...change };
  } else {
    stored = row;
  }
  if (op.opId !== undefined && op.hash !== undefined) {
    await insertAppliedOp(w.trx, { team_id: w.teamId, op_id: op.opId, item_id: op.itemId, hash: op.hash, applied_at: w.at });
  }
  return { status: 'applied', item: rowToItem(stored), changed: merged.created || merged.changed.length > 0 };
}
