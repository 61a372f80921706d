/**
 * The sources' job inside `callwatch serve` (service/jobs): every tick claims the sources that are due and starts them
 * without waiting (a slow site never holds up the next tick), and now and then re-checks watched items. Each source
 * runs on its own interval at an offset from a hash of its id (slots.ts); the lease in the table keeps every source
 * to one run at a time, on one instance, per slot — however many instances share the PostgreSQL database.
 */
import type { Job } from '../jobs/job.ts';
import type { ScrapeEngine } from './engine.ts';

export interface SchedulerOptions {
  /** croner pattern of the tick (default every 30 s; 6 fields = with seconds) */
  pattern?: string;
  /** re-check watched items every this many ms (default 10 min) */
  watchEveryMs?: number;
  now?: () => number;
  /** errors of a tick (storage down): logged, never thrown */
  onError?: (error: unknown) => void;
}

/** The sources' job: each tick starts what is due; draining waits for the runs and checks in flight. */
export function sourcesJob(engine: ScrapeEngine, options: SchedulerOptions = {}): Job {
  const now = options.now ?? Date.now;
  const watchEveryMs = options.watchEveryMs ?? 10 * 60_000;
  let lastWatch = 0;
  let watching: Promise<unknown> = Promise.resolve();
  return {
    name: 'sources',
    // a tick that is still claiming (slow database) is not overlapped by the next one
    schedule: options.pattern ?? '*/30 * * * * *',
    async run() {
      try {
        await engine.startDue();
        if (now() - lastWatch >= watchEveryMs) {
          lastWatch = now();
          // in the background as well: pages of watched items are fetched one by one, politely
          watching = engine.checkWatched().catch((error: unknown) => options.onError?.(error));
        }
      } catch (error) {
        options.onError?.(error);
      }
    },
    async drain() {
      await watching;
      await engine.idle();
    },
  };
}
