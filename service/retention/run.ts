/**
 * One cleanup — what the daily timer in `callwatch serve` and `callwatch cleanup` do: the policy's cutoffs at `now`,
 * then each table's repository purge, in bounded batches, under the cleanup lock (one instance at a time).
 */
import type { Kysely } from 'kysely';
import { purgeInbox } from '../alerts/inbox.ts';
import { purgeFinishedOutbox } from '../alerts/outbox.ts';
import { purgeCorrections } from '../corrections/repository.ts';
import { purgeSourceRuns } from '../sources/repository.ts';
import type { Database } from '../store/schema.ts';
import { DEFAULT_BATCH_SIZE } from './batch.ts';
import { withRetentionLock } from './lock.ts';
import { DEFAULT_RETENTION, outboxRowExpired, retentionCutoffs, type RetentionPolicy } from './policy.ts';

/** Rows deleted (or, in a dry run, that would be) per table. */
export interface RetentionReport {
  outbox: number;
  inbox: number;
  sourceRuns: number;
  corrections: number;
}

export interface RetentionOptions {
  nowMs: number;
  dryRun?: boolean;
  policy?: RetentionPolicy;
  batchSize?: number;
  /** stops between batches (service shutdown) */
  signal?: AbortSignal;
}

/** Cleans up what the policy no longer keeps; null when another instance is cleaning up right now. */
export async function runRetention(db: Kysely<Database>, options: RetentionOptions): Promise<RetentionReport | null> {
  const policy = options.policy ?? DEFAULT_RETENTION;
  const cutoffs = retentionCutoffs(policy, options.nowMs);
  const purge = { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, dryRun: options.dryRun ?? false, signal: options.signal };
  const work = async (conn: Kysely<Database>): Promise<RetentionReport> => ({
    // the outbox first: an inbox row whose outbox row is gone is plainly delivered
    outbox: await purgeFinishedOutbox(
      conn,
      { endedBefore: cutoffs.outboxEndedBefore, sendBefore: cutoffs.outboxReplanBefore },
      (row) => outboxRowExpired(row, policy, options.nowMs),
      purge,
    ),
    inbox: await purgeInbox(conn, cutoffs.inboxBefore, purge),
    sourceRuns: await purgeSourceRuns(conn, { before: cutoffs.sourceRunsBefore, keep: policy.sourceRunsKeep }, purge),
    corrections: await purgeCorrections(conn, cutoffs.correctionsBefore, purge),
  });
  // a dry run deletes nothing, so it need not wait for (or keep out) a real one
  return purge.dryRun ? work(db) : withRetentionLock(db, work);
}
