/**
 * How the retention repositories delete: in bounded batches (one statement per batch), yielding to the event loop in
 * between — better-sqlite3 runs each statement synchronously, so a backlog of a million rows must not become one
 * statement that stalls every request (and holds SQLite's write lock) for seconds.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface PurgeOptions {
  /** rows per statement at most */
  batchSize: number;
  /** count what would go, delete nothing */
  dryRun: boolean;
  /** stops between batches (service shutdown); what was deleted so far stays deleted */
  signal?: AbortSignal;
}

/** rows per statement when nothing else is said: a few milliseconds of SQLite's write lock */
export const DEFAULT_BATCH_SIZE = 1000;

/** Lets other work run between two batches; false when the purge should stop. */
export async function nextBatch(options: Pick<PurgeOptions, 'signal'>): Promise<boolean> {
  await nextTurn();
  return !options.signal?.aborted;
}
