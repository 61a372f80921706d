/**
 * A change the server makes to an item because a page said so (a source run, a watched item's re-check): one op with
 * an hlc of the team's clock ordered after the item's hlcs, and a "Frist geändert" event for every moved, added or removed
 * deadline (shared/alerts/changes.ts decides what counts).
 */
import { deadlineChanges } from '../../shared/alerts/changes.ts';
import type { Item, ItemFields } from '../../shared/schema.ts';
import type { OpSet } from '../../shared/sync/op.ts';
import { applyOp, type TeamWrite } from '../services/apply.ts';
import { insertDeadlineChangeEvent } from '../sources/repository.ts';
import { rowState, type ItemRow } from '../items/repository.ts';

const alertable = (id: string, fields: Pick<ItemFields, 'deadlines' | 'status' | 'deleted'>) => ({
  id,
  deadlines: fields.deadlines,
  status: fields.status,
  deleted: fields.deleted,
});

/** Applies `set` to the item as a server-made op; the item after it when something changed, else null. */
export async function applyPageChange(
  w: TeamWrite,
  row: ItemRow,
  set: OpSet,
  sourceId: string | null,
): Promise<Item | null> {
  if (Object.keys(set).length === 0) return null;
  const before = rowState(row);
  const outcome = await applyOp(w, { itemId: row.id, hlc: w.stamp(Object.values(before.hlcs)), set });
  if (outcome.status !== 'applied' || !outcome.changed) return null;
  for (const change of deadlineChanges(alertable(row.id, before.fields), alertable(row.id, outcome.item))) {
    await insertDeadlineChangeEvent(w.trx, {
      key: change.key,
      teamId: w.teamId,
      itemId: row.id,
      sourceId,
      payload: { ...change, title: outcome.item.title, url: outcome.item.url },
      at: w.at,
    });
  }
  return outcome.item;
}
