/**
 * The daily cleanup inside `callwatch serve` (croner, as the sources scheduler): once a day at a quiet hour, and once
 * shortly after start, so a service that is restarted every night still cleans up. Runs never overlap within a
 * process (croner's `protect`), the cleanup lock keeps a second instance out (lock.ts), and a failing run is logged;
 * the next day tries again.
 */
import { Cron } from 'croner';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../store/schema.ts';
import { runRetention } from './run.ts';
import type { RetentionPolicy } from './policy.ts';

export interface RetentionTimer {
  /** stops the timer, asks a run in flight to stop after its current batch, and waits for it */
  stop(): Promise<void>;
}

/** 03:17 server time, every day (6 fields: with seconds); off the full hour the other jobs of a host favour */
export const DAILY_PATTERN = '0 17 3 * * *';

/** Starts the daily cleanup; the first run comes after `firstDelayMs` (default 10 minutes, out of the start's way). */
export function startRetention(options: {
  db: Kysely<Database>;
  logger?: Logger;
  now?: () => number;
  pattern?: string;
  firstDelayMs?: number;
  policy?: RetentionPolicy;
}): RetentionTimer {
  const now = options.now ?? Date.now;
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || abort.signal.aborted) return running ?? undefined;
    running = runRetention(options.db, { nowMs: now(), policy: options.policy, signal: abort.signal })
      .then((report) => {
        if (report === null) options.logger?.info('retention: another instance is cleaning up');
        else if (report.outbox || report.inbox || report.sourceRuns) options.logger?.info({ retention: report }, 'retention run');
      })
      .catch((error: unknown) => options.logger?.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'retention run failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  // protect: a run still going (a huge first backlog) is not overlapped; unref: never keeps a process alive
  const job = new Cron(options.pattern ?? DAILY_PATTERN, { protect: true, unref: true }, tick);
  const first = setTimeout(tick, options.firstDelayMs ?? 10 * 60_000);
  first.unref?.();
  return {
    async stop() {
      abort.abort();
      job.stop();
      clearTimeout(first);
      await running;
    },
  };
}
