/**
 * The service's hybrid logical clock, one per team (DESIGN.md "Sync protocol"): the last hlc the service stamped or
 * observed for the team, read and written under the team lock, so REST, import and scrape writes order after what the
 * team's members pushed — and nothing one team sends can move another team's clock. '' until the team's first write.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('teams').addColumn('hlc', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('teams').dropColumn('hlc').execute();
}
