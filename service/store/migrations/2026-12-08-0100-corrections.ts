/**
 * Corrections (issue 10, item 1): clips saved with fields the user changed — the page, the extractor's draft and the
 * saved result, per team, kept 180 days (service/retention/policy.ts) — and the team's settings, which can turn
 * keeping them off (one row per team once an admin set something; no row: the defaults).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('clipped_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('saved', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('corrections_team_received').on('corrections').columns(['team_id', 'received_at']).execute();
  await db.schema.createIndex('corrections_received').on('corrections').columns(['received_at']).execute();
  await db.schema
    .createTable('team_settings')
    .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('keep_corrections', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('team_settings').execute();
  await db.schema.dropTable('corrections').execute();
}
