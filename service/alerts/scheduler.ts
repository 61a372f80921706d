/**
 * The scheduler inside `callwatch serve`: an alert run every minute on the wall clock (runs never overlap within a
 * process; several processes may run at once — the outbox keeps delivery exactly-once). A failing run is logged and
 * the next minute tries again.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../store/schema.ts';
import { runAlerts } from './run.ts';
import { createAlertRuntime, type AlertSettings } from './runtime.ts';

export interface AlertScheduler {
  /** resolves when the current run (if any) has ended */
  stop(): Promise<void>;
}

/** Starts the minute tick; the first run comes after `firstDelayMs` (default: at once). */
export function startAlertScheduler(options: {
  db: Kysely<Database>;
  settings?: AlertSettings;
  logger?: Logger;
  now?: () => number;
  intervalMs?: number;
  firstDelayMs?: number;
}): AlertScheduler {
  const now = options.now ?? Date.now;
  const runtime = createAlertRuntime(options.db, options.settings);
  // the VAPID keys exist from the first start on, so the extension can subscribe before any alert is due
  runtime.context.vapid().catch((error: unknown) => options.logger?.error({ err: error }, 'VAPID keys unavailable'));
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runAlerts({ db: options.db, context: runtime.context, attemptTimeoutMs: options.settings?.attemptTimeoutMs }, now())
      .then((report) => {
        if (report.unplanned.length) options.logger?.error({ unplanned: report.unplanned }, 'alert run: teams not planned');
        if (report.enqueued || report.sent || report.failed || report.retried) options.logger?.info({ alerts: report }, 'alert run');
      })
      .catch((error: unknown) => options.logger?.error({ err: error }, 'alert run failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, options.firstDelayMs ?? 0);
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  first.unref?.();
  timer.unref?.();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await runtime.close();
    },
  };
}
