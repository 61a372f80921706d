/** The history of item changes (migration 2026-11-22-0400): one row per applied change, keyed by the team's rev. */
import type { Kysely } from 'kysely';
import { withFeatureTables, type Database } from '../store/schema.ts';

// a type alias, not an interface: withFeatureTables() wants an index-compatible record
export type ItemHistoryTable = {
  team_id: string;
  rev: number;
  item_id: string;
  at: string;
  /** the member who wrote (or `source:<id>` for a source nobody created); null for imports by the CLI */
  member_id: string | null;
  /** JSON array of the field names the change set to a new value */
  fields: string;
  /** `clip` (the extension and the API), `source:<id>` (the scraper) or an imported item's origin */
  origin: string;
};

type HistoryTables = { item_history: ItemHistoryTable };

const historyDb = (db: Kysely<Database>) => withFeatureTables<HistoryTables>(db);

/** Records one applied change. */
export async function insertHistory(db: Kysely<Database>, row: ItemHistoryTable): Promise<void> {
  await historyDb(db).insertInto('item_history').values(row).execute();
}

export interface HistoryRow extends ItemHistoryTable {
  /** the member's name, revoked members included; null when the writer is no member */
  member_name: string | null;
}

/** An item's changes in the team, newest first, at most `limit`. */
export async function readHistory(db: Kysely<Database>, teamId: string, itemId: string, limit: number): Promise<HistoryRow[]> {
  return historyDb(db)
    .selectFrom('item_history as h')
    .leftJoin('members as m', (join) => join.onRef('m.id', '=', 'h.member_id').onRef('m.team_id', '=', 'h.team_id'))
    .select(['h.team_id', 'h.rev', 'h.item_id', 'h.at', 'h.member_id', 'h.fields', 'h.origin', 'm.name as member_name'])
    .where('h.team_id', '=', teamId)
    .where('h.item_id', '=', itemId)
    .orderBy('h.rev', 'desc')
    .limit(limit)
    .execute();
}
