/**
 * The team's watchlist as CSV and back, with its members' names: shared/items-csv.ts writes and reads the cells
 * (the same file the dashboard exports); this side only brings the team's members from the store.
 */
import type { Kysely } from 'kysely';
import type { Item } from '../../shared/schema.ts';
import type { CsvDelimiter } from '../../shared/csv.ts';
import { itemsToCsv, type CsvMember } from '../../shared/items-csv.ts';
import { berlinDay } from '../../shared/time/berlin.ts';
import { listMembers } from '../members/repository.ts';
import type { Database } from '../store/schema.ts';

/** The team's current members as the CSV names them (an import resolves assignees among these only). */
export async function teamCsvMembers(db: Kysely<Database>, teamId: string): Promise<CsvMember[]> {
  return (await listMembers(db, teamId)).map((m) => ({ id: m.id, name: m.name }));
}

/** The team's items as CSV, assignees and creators named, "Nächste Frist" counted from `now`'s Berlin day. */
export async function teamItemsCsv(db: Kysely<Database>, teamId: string, items: readonly Item[], options: { now: number; delimiter?: CsvDelimiter }): Promise<string> {
  return itemsToCsv(items, { members: await teamCsvMembers(db, teamId), today: berlinDay(options.now), delimiter: options.delimiter });
}
