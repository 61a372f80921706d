/**
 * Site profiles (issue 10, item 2): per team and host, what the team's corrections taught about the host's page
 * template (shared/extract/profile). Each change takes the next rev of the team's sequence, so an extension fetches
 * what changed since its cursor; a deleted profile stays as a tombstone (profile null) so every copy drops it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('site_profiles')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    /** JSON (SiteProfile), null for a deleted profile */
    .addColumn('profile', 'text')
    /** corrections on this host that taught or confirmed the profile */
    .addColumn('corrections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('rev', 'integer', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('site_profiles_pk', ['team_id', 'host'])
    .execute();
  await db.schema.createIndex('site_profiles_team_rev').on('site_profiles').columns(['team_id', 'rev']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_profiles').execute();
}
