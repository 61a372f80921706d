/**
 * One cleanup at a time across instances. Deleting is idempotent, so two at once would only do the work twice — but
 * on PostgreSQL every instance's daily timer fires at the same minute, so the second one skips. The lock is a
 * session-level advisory lock (as service/store/teams.ts uses the transaction-level one) held on one pinned
 * connection for the whole cleanup: the batches commit one by one, and a process that dies drops its connection and
 * with it the lock. SQLite needs nothing: its write lock already orders the batches of several processes.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../store/db.ts';
import type { Database } from '../store/schema.ts';

const LOCK_NAME = 'callwatch:retention';

/** Runs `work` on a connection that holds the cleanup lock; null without running it when another instance holds it. */
export async function withRetentionLock<T>(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<T>): Promise<T | null> {
  if (dialectOf(db) !== 'postgres') return work(db);
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${LOCK_NAME})) as locked`.execute(conn);
    if (!rows[0]?.locked) return null;
    try {
      return await work(conn);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${LOCK_NAME}))`.execute(conn);
    }
  });
}
