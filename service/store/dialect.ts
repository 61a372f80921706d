/**
 * The one place where SQLite and PostgreSQL differ at run time, as kysely keeps dialect differences in its adapter:
 * repositories and jobs ask `dialect(db)` for the dialect's way and never branch on the dialect themselves.
 *
 * - claiming due rows: `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL; on SQLite the query as it is — its single
 *   writer orders the claims, and each claim's UPDATE re-checks the lease;
 * - locking a team row for the rest of a write transaction: `SELECT … FOR UPDATE` on PostgreSQL; a no-op UPDATE on
 *   SQLite, which takes the write lock up front (waiting per busy_timeout) instead of failing on upgrade;
 * - named locks: PostgreSQL advisory locks (transaction- or session-level); SQLite's write lock already orders writers;
 * - JSON: stored as text on both (read with store/read-json.ts), never cast in SQL — no dialect difference to keep.
 *
 * Which notifier a process uses (LISTEN/NOTIFY or the SQLite poller) is chosen where the store is opened
 * (service/main.ts), from `store.dialect`.
 */
import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DialectName } from './db.ts';
import type { Database } from './schema.ts';

/** What a write transaction reads from the locked team row: its last rev and its server clock ('' before the first). */
export interface TeamLock {
  rev: number;
  hlc: string;
}

export interface Dialect {
  name: DialectName;
  /** A SELECT of due rows to claim, made to skip rows another instance is claiming (PostgreSQL). */
  claimable<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Locks the team row for the rest of the transaction and reads its rev and clock. */
  lockTeamRow(trx: Kysely<Database>, teamId: string): Promise<TeamLock | undefined>;
  /** Holds the lock `name` for the rest of the transaction (other transactions taking it wait). */
  transactionLock(trx: Kysely<Database>, name: string): Promise<void>;
  /** Runs `work` on a connection holding the lock `name`; null without running it when another session holds it. */
  withSessionLock<T>(db: Kysely<Database>, name: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T | null>;
}

const postgres: Dialect = {
  name: 'postgres',
  claimable: (query) => query.forUpdate().skipLocked(),
  lockTeamRow: (trx, teamId) => trx.selectFrom('teams').select(['rev', 'hlc']).where('id', '=', teamId).forUpdate().executeTakeFirst(),
  async transactionLock(trx, name) {
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  },
  // a session-level lock on one pinned connection: work that commits in batches keeps it, a process that dies drops it
  withSessionLock: (db, name, work) =>
    db.connection().execute(async (conn) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${name})) as locked`.execute(conn);
      if (!rows[0]?.locked) return null;
      try {
        return await work(conn);
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
      }
    }),
};

const sqlite: Dialect = {
  name: 'sqlite',
  claimable: (query) => query,
  lockTeamRow: (trx, teamId) =>
    trx.updateTable('teams').set({ rev: sql<number>`rev` }).where('id', '=', teamId).returning(['rev', 'hlc']).executeTakeFirst(),
  async transactionLock(trx) {
    await trx.updateTable('teams').set({ rev: sql<number>`rev` }).where(sql<boolean>`0 = 1`).execute();
  },
  withSessionLock: (db, _name, work) => work(db),
};

/** The dialect behind a Kysely instance or transaction (repositories receive only `db`). */
export function dialect(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgres : sqlite;
}

/** The name of the dialect behind a Kysely instance or transaction. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return dialect(db).name;
}
