/** Teams and their team-wide rev sequence. */
import type { Kysely } from 'kysely';
import { dialect, type TeamLock } from './dialect.ts';
import type { Database, TeamsTable } from './schema.ts';

export type TeamRow = Omit<TeamsTable, 'rev' | 'hlc'> & { rev: number; hlc: string };

/** Inserts a team with its sequence at 0. */
export async function insertTeam(db: Kysely<Database>, team: { id: string; name: string; createdAt: string }): Promise<void> {
  await db.insertInto('teams').values({ id: team.id, name: team.name, rev: 0, created_at: team.createdAt }).execute();
}

/** One team by id. */
export async function findTeam(db: Kysely<Database>, id: string): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

/** How many teams exist (first start creates one when there is none). */
export async function countTeams(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('teams').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type { TeamLock };

/**
 * Locks the team row for the rest of the write transaction and returns its last rev and clock, so concurrent writers of
 * one team serialise, rev order is commit order (a pull never skips a rev) and the team's clock only moves forward.
 * Must be the transaction's first statement: on SQLite the no-op UPDATE takes the write lock up front (waiting per
 * busy_timeout) instead of failing on upgrade.
 */
export async function lockTeam(trx: Kysely<Database>, teamId: string): Promise<TeamLock | undefined> {
  return dialect(trx).lockTeamRow(trx, teamId);
}

/** Stores the team's last handed-out rev and its clock (inside the transaction that locked it). */
export async function setTeamState(trx: Kysely<Database>, teamId: string, state: TeamLock): Promise<void> {
  await trx.updateTable('teams').set(state).where('id', '=', teamId).execute();
}

/** The team's current cursor (last rev). */
export async function teamRev(db: Kysely<Database>, teamId: string): Promise<number> {
  const row = await db.selectFrom('teams').select('rev').where('id', '=', teamId).executeTakeFirst();
  return row?.rev ?? 0;
}

/**
 * Serialises "create the first team" across processes for the rest of the transaction (two services starting on
 * an empty database at once must not both create one): an advisory lock on PostgreSQL, the write lock on SQLite.
 */
export async function lockFirstTeam(trx: Kysely<Database>): Promise<void> {
  await dialect(trx).transactionLock(trx, 'callwatch:first-team');
}
