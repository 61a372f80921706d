/** Items as rows: client fields and per-field hlcs as JSON text, plus the server-owned columns. */
import type { Kysely } from 'kysely';
import { ItemFieldsSchema, type Item, type ItemField, type ItemFields } from '../../shared/schema.ts';
import type { ItemState } from '../../shared/sync/merge.ts';
import type { Database, ItemsTable } from '../store/schema.ts';

export type ItemRow = ItemsTable;

const FIELD_ORDER = Object.keys(ItemFieldsSchema.entries) as ItemField[];

/** One item row by id, whatever its team (callers check the team: ids are global). */
export async function findItemRow(db: Kysely<Database>, id: string): Promise<ItemRow | undefined> {
  return db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts an item row; false when the id is already taken (by any team). */
export async function insertItemRow(db: Kysely<Database>, row: ItemRow): Promise<boolean> {
  const result = await db
    .insertInto('items')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Writes an item's state; `rev`/`updated_at` only when its value changed. */
export async function updateItemRow(
  db: Kysely<Database>,
  id: string,
  change: Pick<ItemRow, 'fields' | 'hlcs' | 'deleted'> & Partial<Pick<ItemRow, 'rev' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('items').set(change).where('id', '=', id).execute();
}

/** The team's items with rev > since in rev order, at most `limit` (tombstones included). */
export async function itemRowsSince(db: Kysely<Database>, teamId: string, since: number, limit: number): Promise<ItemRow[]> {
  return db
    .selectFrom('items')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('rev', '>', since)
    .orderBy('rev')
    .limit(limit)
    .execute();
}

/** The team's live (not deleted) items in rev order. */
export async function liveItemRows(db: Kysely<Database>, teamId: string): Promise<ItemRow[]> {
  return db.selectFrom('items').selectAll().where('team_id', '=', teamId).where('deleted', '=', 0).orderBy('rev').execute();
}

/** The mergeable state stored in a row. */
export function rowState(row: ItemRow): ItemState {
  return { fields: JSON.parse(row.fields) as ItemFields, hlcs: JSON.parse(row.hlcs) as ItemState['hlcs'] };
}

/** The API's Item for a row. */
export function rowToItem(row: ItemRow): Item {
  const stored = JSON.parse(row.fields) as ItemFields;
  // fields in the data model's order, whatever order the merge left them in
  const fields = Object.fromEntries(FIELD_ORDER.map((key) => [key, stored[key]])) as ItemFields;
  return {
    id: row.id,
    ...fields,
    origin: row.origin,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rev: Number(row.rev),
  };
}
