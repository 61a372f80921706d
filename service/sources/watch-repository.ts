/** The daily re-check of watched items' pages: one row per watched item, with its validators and last snapshot. */
import type { Kysely } from 'kysely';
import { dialect } from '../store/dialect.ts';
import type { Database } from '../store/schema.ts';
import { normalizeText } from '../../shared/text.ts';
import { readStoredJson } from '../store/read-json.ts';
import { sourcesDb, type ItemChecksTable } from './tables.ts';

/**
 * Live items with `watch` on and an http(s) URL: id, team, url. The fields are read in JavaScript, one row at a time:
 * a JSON cast in SQL (`fields::jsonb`) fails the whole query on one row PostgreSQL cannot read as jsonb (a `\u0000`
 * or a lone surrogate escape, stored before text was normalised), which stopped the checks of every team (issue 15,
 * item 4). A row whose JSON cannot be read at all has no page to check: it is left out.
 */
export async function watchedItems(db: Kysely<Database>): Promise<Array<{ id: string; team_id: string; url: string }>> {
  const rows = await db.selectFrom('items').select(['id', 'team_id', 'fields']).where('deleted', '=', 0).execute();
  return rows.flatMap((row) => {
    const { watch, url } = readStoredJson<{ watch?: unknown; url?: unknown }>(row.fields) ?? {};
    // normalised as text is now: a NUL in an old row's URL would make PostgreSQL refuse the check row
    return watch === true && typeof url === 'string' && /^https?:\/\//i.test(url) ? [{ id: row.id, team_id: row.team_id, url: normalizeText(url) }] : [];
  });
}

export async function allItemChecks(db: Kysely<Database>): Promise<ItemChecksTable[]> {
  return sourcesDb(db).selectFrom('item_checks').selectAll().execute();
}

export async function insertItemCheck(db: Kysely<Database>, row: ItemChecksTable): Promise<void> {
  await sourcesDb(db).insertInto('item_checks').values(row).onConflict((oc) => oc.column('item_id').doNothing()).execute();
}

export async function updateItemCheck(db: Kysely<Database>, itemId: string, change: Partial<ItemChecksTable>): Promise<void> {
  await sourcesDb(db).updateTable('item_checks').set(change).where('item_id', '=', itemId).execute();
}

export async function deleteItemCheck(db: Kysely<Database>, itemId: string): Promise<void> {
  await sourcesDb(db).deleteFrom('item_checks').where('item_id', '=', itemId).execute();
}

/** Claims due checks until `leaseUntil` (skipping rows another instance holds, on PostgreSQL). */
export async function claimDueChecks(db: Kysely<Database>, opts: { now: string; leaseUntil: string; limit: number }): Promise<ItemChecksTable[]> {
  return sourcesDb(db).transaction().execute(async (trx) => {
    let due = trx
      .selectFrom('item_checks')
      .select('item_id')
      .where('next_check_at', '<=', opts.now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .orderBy('next_check_at')
      .limit(opts.limit);
    due = dialect(db).claimable(due);
    const ids = (await due.execute()).map((r) => r.item_id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('item_checks')
      .set({ lease_until: opts.leaseUntil })
      .where('item_id', 'in', ids)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .returningAll()
      .execute();
  });
}
