/**
 * Every change of an item as it was applied (issue 13, item 2): who wrote it, when, which fields changed and through
 * which origin — keyed by the team's rev of the change, so the history of an item reads newest first by rev.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('item_history')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('rev', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_history_pk', ['team_id', 'rev'])
    .execute();
  await db.schema.createIndex('item_history_item').on('item_history').columns(['team_id', 'item_id', 'rev']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('item_history').execute();
}
