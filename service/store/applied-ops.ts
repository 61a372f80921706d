/** Ops a team has applied, by opId, with a hash of their content: replays are recognised, reused opIds refused. */
import type { Kysely } from 'kysely';
import type { AppliedOpsTable, Database } from './schema.ts';

/** The record of an applied op of the team, if any. */
export async function findAppliedOp(db: Kysely<Database>, teamId: string, opId: string): Promise<AppliedOpsTable | undefined> {
  return db.selectFrom('applied_ops').selectAll().where('team_id', '=', teamId).where('op_id', '=', opId).executeTakeFirst();
}

/** Records an applied op. */
export async function insertAppliedOp(db: Kysely<Database>, op: AppliedOpsTable): Promise<void> {
  await db.insertInto('applied_ops').values(op).execute();
}
