/**
 * One shape for the service's background jobs (the alert run, the sources' tick, the mail poll, the daily cleanup):
 * a schedule — a croner pattern or an interval in ms —, an optional first run shortly after start, runs that never
 * overlap within a process (a tick while one runs is skipped), timers that never keep a process alive, and a stop that
 * turns the timers off, asks the run in flight to end (its signal), waits for it and then for the job's own drain.
 * service/jobs/registry.ts starts and stops them together; each job is declared beside what it runs.
 */
import { Cron } from 'croner';
import type { Logger } from 'pino';

export interface Job {
  /** names the job in logs and for a tick by hand */
  name: string;
  /** croner pattern (6 fields = with seconds), or an interval in ms from the start */
  schedule: string | number;
  /** a first run this long after the start; none without it */
  firstDelayMs?: number;
  /** one run; it logs its own outcome. `signal` aborts when the job stops */
  run(signal: AbortSignal): Promise<void>;
  /** after the timers are off and the run in flight has ended: waits for background work, closes what the job opened */
  drain?(): Promise<void>;
}

export interface RunningJob {
  name: string;
  /** one run now, or the run in flight (tests) */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a job's timers. A run's error the run did not handle itself is logged; the next tick tries again. */
export function startJob(job: Job, logger?: Logger): RunningJob {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  const tick = (): Promise<void> => {
    if (running || abort.signal.aborted) return running ?? Promise.resolve();
    running = job
      .run(abort.signal)
      .catch((error: unknown) => logger?.error({ err: error instanceof Error ? { message: error.message } : String(error) }, `${job.name}: run failed`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  // unref: a timer never keeps a process (a CLI, a test) alive
  const cron = typeof job.schedule === 'string' ? new Cron(job.schedule, { unref: true }, () => void tick()) : undefined;
  const interval = typeof job.schedule === 'number' ? setInterval(() => void tick(), job.schedule) : undefined;
  interval?.unref?.();
  const first = job.firstDelayMs === undefined ? undefined : setTimeout(() => void tick(), job.firstDelayMs);
  first?.unref?.();
  return {
    name: job.name,
    tick,
    async stop() {
      abort.abort();
      cron?.stop();
      clearInterval(interval);
      clearTimeout(first);
      await running;
      await job.drain?.();
    },
  };
}
