/**
 * The daily cleanup's job inside `callwatch serve` (service/jobs): once a day at a quiet hour, and once shortly after
 * start, so a service that is restarted every night still cleans up. Runs never overlap within a process (the job
 * runner skips a tick while one runs), the cleanup lock keeps a second instance out (lock.ts), and a failing run is
 * logged; the next day tries again. Stopping asks a run in flight to stop after its current batch and waits for it.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Job } from '../jobs/job.ts';
import type { Database } from '../store/schema.ts';
import { runRetention } from './run.ts';
import type { RetentionPolicy } from './policy.ts';

/** 03:17 server time, every day (6 fields: with seconds); off the full hour the other jobs of a host favour */
export const DAILY_PATTERN = '0 17 3 * * *';

/** The daily cleanup; the first run comes after `firstDelayMs` (default 10 minutes, out of the start's way). */
export function retentionJob(options: {
  db: Kysely<Database>;
  logger?: Logger;
  now?: () => number;
  pattern?: string;
  firstDelayMs?: number;
  policy?: RetentionPolicy;
}): Job {
  const now = options.now ?? Date.now;
  return {
    name: 'retention',
    schedule: options.pattern ?? DAILY_PATTERN,
    firstDelayMs: options.firstDelayMs ?? 10 * 60_000,
    run: (signal) =>
      runRetention(options.db, { nowMs: now(), policy: options.policy, signal })
        .then((report) => {
          if (report === null) options.logger?.info('retention: another instance is cleaning up');
          else if (report.outbox || report.inbox || report.sourceRuns) options.logger?.info({ retention: report }, 'retention run');
        })
        .catch((error: unknown) => options.logger?.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'retention run failed')),
  };
}
