/**
 * Applies one validated op inside a write transaction that holds the team lock: duplicate detection by opId,
 * the team check on the item, the pure field-level merge, and the rev from the team-wide sequence.
 */
import type { Kysely } from 'kysely';
import type { Item } from '../../shared/schema.ts';
import { mergeOp } from '../../shared/sync/merge.ts';
import type { OpSet } from '../../shared/sync/op.ts';
import { findAppliedOp, insertAppliedOp } from '../store/applied-ops.ts';
import { assigneeError } from './assignee.ts';
import { issueText, type FieldIssue } from '../errors.ts';
import { recordChange } from '../items/history.ts';
import { findItemRow, insertItemRow, rowState, rowToItem, updateItemRow, type ItemRow } from '../items/repository.ts';
import type { Database } from '../store/schema.ts';

/** The write transaction's view of its team: who writes, when, and the rev sequence it holds locked. */
export interface TeamWrite {
  trx: Kysely<Database>;
  teamId: string;
  /** the member writing; null for imports by the CLI */
  memberId: string | null;
  /** ISO time of this write */
  at: string;
  /** origin of items this write creates: `clip`, or `source:<id>` for the scraper */
  origin: string;
  /** hands out the next rev of the team's sequence */
  nextRev(): number;
  /** an hlc of the team's clock for the service's own change, ordered after every hlc in `after` (the item's) */
  stamp(after?: Iterable<string | undefined>): string;
  /** moves the team's clock past the hlc of a member's accepted op (within the 5-minute rule) */
  observe(hlc: string): void;
  /** rows read ahead for a whole push (two queries instead of two per op); kept current by applyOp */
  known?: KnownRows;
}

/** Read-ahead of a push: applied-op hashes and item rows by id; `null` = known not to exist. */
export interface KnownRows {
  opHashes: Map<string, string | null>;
  items: Map<string, ItemRow | null>;
}

/** Reads the applied ops and items a batch of ops names, in two queries. */
export async function readAhead(trx: Kysely<Database>, teamId: string, opIds: string[], itemIds: string[]): Promise<KnownRows> {
  const known: KnownRows = { opHashes: new Map(opIds.map((id) => [id, null])), items: new Map(itemIds.map((id) => [id, null])) };
  for (const ids of chunks([...new Set(opIds)])) {
    const rows = await trx.selectFrom('applied_ops').select(['op_id', 'hash']).where('team_id', '=', teamId).where('op_id', 'in', ids).execute();
    for (const row of rows) known.opHashes.set(row.op_id, row.hash);
  }
  for (const ids of chunks([...new Set(itemIds)])) {
    const rows = await trx.selectFrom('items').selectAll().where('id', 'in', ids).execute();
    for (const row of rows) known.items.set(row.id, row);
  }
  return known;
}

// SQLite allows at most 32,766 bound parameters per statement; pushes hold ≤ 500 ops anyway
function chunks<T>(list: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export type ApplyOutcome =
  | { status: 'applied'; item: Item; changed: boolean }
  | { status: 'duplicate' }
  | { status: 'rejected'; code: 'not_found' | 'conflict' | 'invalid'; reason: FieldIssue; error: string };

type RejectCode = Extract<ApplyOutcome, { status: 'rejected' }>['code'];

/** A rejection with its reason (a field and a service message) and the English text of it. */
const rejected = (code: RejectCode, reason: FieldIssue): ApplyOutcome => ({ status: 'rejected', code, reason, error: issueText([reason]) });

/** Applies `{ hlc, set }` to one item of the team (creating it when unknown); records `opId` when given. */
export async function applyOp(
  w: TeamWrite,
  op: { opId?: string; hash?: string; itemId: string; hlc: string; set: OpSet },
): Promise<ApplyOutcome> {
  if (op.opId !== undefined) {
    const seen = w.known?.opHashes.has(op.opId)
      ? w.known.opHashes.get(op.opId)
      : (await findAppliedOp(w.trx, w.teamId, op.opId))?.hash;
    if (seen) {
      return seen === op.hash
        ? { status: 'duplicate' }
        : rejected('conflict', { field: '', message: 'opId was already used for a different op' });
    }
  }
  const row = w.known?.items.has(op.itemId) ? (w.known.items.get(op.itemId) ?? undefined) : await findItemRow(w.trx, op.itemId);
  // ids are global: another team's item is answered exactly like an unknown one that cannot be created
  if (row && row.team_id !== w.teamId) {
    return rejected('not_found', { field: '', message: 'itemId names no item of this team' });
  }
  const notMember = await assigneeError(w.trx, w.teamId, op.set);
  if (notMember) return rejected('invalid', notMember);
  const merged = mergeOp(row ? rowState(row) : null, op);
  if (!merged.ok) return rejected('invalid', { field: '', message: merged.error });

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
      return rejected('not_found', { field: '', message: 'itemId names no item of this team' });
    }
    await recordChange(w, stored.id, stored.rev, merged.changed);
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
    if (changed) await recordChange(w, stored.id, stored.rev, merged.changed);
  } else {
    stored = row;
  }
  w.known?.items.set(stored.id, stored);
  if (op.opId !== undefined && op.hash !== undefined) {
    await insertAppliedOp(w.trx, { team_id: w.teamId, op_id: op.opId, item_id: op.itemId, hash: op.hash, applied_at: w.at });
    w.known?.opHashes.set(op.opId, op.hash);
  }
  return { status: 'applied', item: rowToItem(stored), changed: merged.created || merged.changed.length > 0 };
}
