/** The site_profiles table (migration 2026-12-08-0300): plain functions over `db` or a team write's `trx`. */
import type { Kysely } from 'kysely';
import { withFeatureTables, type Database } from '../store/schema.ts';

// a type alias, not an interface: withFeatureTables() wants index-compatible records
export type SiteProfilesTable = {
  team_id: string;
  host: string;
  /** JSON SiteProfile; null once deleted (a tombstone) */
  profile: string | null;
  corrections: number;
  updated_at: string;
  last_used_at: string | null;
  rev: number;
  deleted: number;
};

const profilesDb = (db: Kysely<Database>) => withFeatureTables<{ site_profiles: SiteProfilesTable }>(db);

/** The team's row for a host, tombstone included. */
export async function findProfileRow(db: Kysely<Database>, teamId: string, host: string): Promise<SiteProfilesTable | undefined> {
  return profilesDb(db).selectFrom('site_profiles').selectAll().where('team_id', '=', teamId).where('host', '=', host).executeTakeFirst();
}

/** How many live profiles the team has. */
export async function countProfiles(db: Kysely<Database>, teamId: string): Promise<number> {
  const row = await profilesDb(db).selectFrom('site_profiles').select((eb) => eb.fn.countAll<number>().as('n')).where('team_id', '=', teamId).where('deleted', '=', 0).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Inserts or replaces the team's row for a host. */
export async function saveProfileRow(db: Kysely<Database>, row: SiteProfilesTable): Promise<void> {
  const { team_id: _t, host: _h, ...rest } = row;
  await profilesDb(db)
    .insertInto('site_profiles')
    .values(row)
    .onConflict((oc) => oc.columns(['team_id', 'host']).doUpdateSet(rest))
    .execute();
}

/** The team's rows changed after `since` (tombstones included), in rev order, at most `limit`. */
export async function profilesSince(db: Kysely<Database>, teamId: string, since: number, limit: number): Promise<SiteProfilesTable[]> {
  return profilesDb(db).selectFrom('site_profiles').selectAll().where('team_id', '=', teamId).where('rev', '>', since).orderBy('rev').limit(limit).execute();
}

/** Notes that a profile was applied (a source run used it). */
export async function touchProfile(db: Kysely<Database>, teamId: string, host: string, at: string): Promise<void> {
  await profilesDb(db).updateTable('site_profiles').set({ last_used_at: at }).where('team_id', '=', teamId).where('host', '=', host).where('deleted', '=', 0).execute();
}
