/**
 * One cleanup at a time across instances. Deleting is idempotent, so two at once would only do the work twice — but
 * on PostgreSQL every instance's daily timer fires at the same minute, so the second one skips. The lock is a
 * session-level advisory lock (store/dialect.ts withSessionLock; team writes use the transaction-level one) held on one pinned
 * connection for the whole cleanup: the batches commit one by one, and a process that dies drops its connection and
 * with it the lock. SQLite needs nothing: its write lock already orders the batches of several processes.
 */
import type { Kysely } from 'kysely';
import { dialect } from '../store/dialect.ts';
import type { Database } from '../store/schema.ts';

const LOCK_NAME = 'callwatch:retention';

/** Runs `work` on a connection that holds the cleanup lock; null without running it when another instance holds it. */
export async function withRetentionLock<T>(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<T>): Promise<T | null> {
  return dialect(db).withSessionLock(db, LOCK_NAME, work);
}
