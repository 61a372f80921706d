/** The corrections and team settings tables (migration 2026-12-08-0100): plain functions over `db`. */
import type { Kysely } from 'kysely';
import type { PurgeOptions } from '../retention/batch.ts';
import { nextBatch } from '../retention/batch.ts';
import { withFeatureTables, type Database } from '../store/schema.ts';

// type aliases, not interfaces: withFeatureTables() wants index-compatible records
export type CorrectionsTable = {
  id: string;
  team_id: string;
  member_id: string;
  url: string;
  clipped_at: string;
  received_at: string;
  html: string;
  /** JSON: the extractor's draft items */
  draft: string;
  /** JSON: the saved items, each with the index of its draft item */
  saved: string;
};

export type TeamSettingsTable = {
  team_id: string;
  /** 1: corrections are kept (the default), 0: refused and not stored */
  keep_corrections: number;
};

type CorrectionTables = { corrections: CorrectionsTable; team_settings: TeamSettingsTable };
const correctionsDb = (db: Kysely<Database>) => withFeatureTables<CorrectionTables>(db);

/** Keeps one correction. */
export async function insertCorrection(db: Kysely<Database>, row: CorrectionsTable): Promise<void> {
  await correctionsDb(db).insertInto('corrections').values(row).execute();
}

/** A team's corrections without their pages, newest first, at most `limit`. */
export async function listCorrections(db: Kysely<Database>, teamId: string, limit: number) {
  return correctionsDb(db)
    .selectFrom('corrections')
    .select(['id', 'member_id', 'url', 'clipped_at', 'received_at', 'saved', 'draft'])
    .where('team_id', '=', teamId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** One correction of the team, page included; undefined for an unknown id or another team's. */
export async function findCorrection(db: Kysely<Database>, teamId: string, id: string): Promise<CorrectionsTable | undefined> {
  return correctionsDb(db).selectFrom('corrections').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
}

/** Every correction of the team, oldest first, a page at a time (the corpus export). */
export async function* teamCorrections(db: Kysely<Database>, teamId: string, pageSize = 50): AsyncGenerator<CorrectionsTable> {
  let after = { at: '', id: '' };
  for (;;) {
    const rows = await correctionsDb(db)
      .selectFrom('corrections')
      .selectAll()
      .where('team_id', '=', teamId)
      .where((eb) => eb.or([eb('received_at', '>', after.at), eb.and([eb('received_at', '=', after.at), eb('id', '>', after.id)])]))
      .orderBy('received_at')
      .orderBy('id')
      .limit(pageSize)
      .execute();
    yield* rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    after = { at: last.received_at, id: last.id };
  }
}

/** Whether the team keeps corrections (default: yes). */
export async function keepsCorrections(db: Kysely<Database>, teamId: string): Promise<boolean> {
  const row = await correctionsDb(db).selectFrom('team_settings').select('keep_corrections').where('team_id', '=', teamId).executeTakeFirst();
  return row ? Number(row.keep_corrections) === 1 : true;
}

/** Sets whether the team keeps corrections. */
export async function setKeepCorrections(db: Kysely<Database>, teamId: string, keep: boolean): Promise<void> {
  const value = keep ? 1 : 0;
  await correctionsDb(db)
    .insertInto('team_settings')
    .values({ team_id: teamId, keep_corrections: value })
    .onConflict((oc) => oc.column('team_id').doUpdateSet({ keep_corrections: value }))
    .execute();
}

/** Deletes corrections received before `before`, in bounded batches; returns how many (or would, in a dry run). */
export async function purgeCorrections(db: Kysely<Database>, before: string, options: PurgeOptions): Promise<number> {
  const cdb = correctionsDb(db);
  let deleted = 0;
  let after = '';
  for (;;) {
    const rows = await cdb.selectFrom('corrections').select('id').where('received_at', '<', before).where('id', '>', after).orderBy('id').limit(options.batchSize).execute();
    if (rows.length === 0) return deleted;
    const ids = rows.map((r) => r.id);
    after = ids[ids.length - 1];
    if (options.dryRun) deleted += ids.length;
    else deleted += Number((await cdb.deleteFrom('corrections').where('id', 'in', ids).executeTakeFirst()).numDeletedRows);
    if (!(await nextBatch(options))) return deleted;
  }
}
