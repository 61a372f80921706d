/**
 * The alerts' job inside `callwatch serve` (service/jobs): an alert run every minute (runs never overlap within a
 * process; several processes may run at once — the outbox keeps delivery exactly-once). A failing run is logged and
 * the next minute tries again.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Job } from '../jobs/job.ts';
import type { Database } from '../store/schema.ts';
import { runAlerts } from './run.ts';
import { createAlertRuntime, type AlertSettings } from './runtime.ts';

/** The minute's alert run; the first run comes after `firstDelayMs` (default: at once). Draining closes the runtime. */
export function alertsJob(options: {
  db: Kysely<Database>;
  settings?: AlertSettings;
  logger?: Logger;
  now?: () => number;
  intervalMs?: number;
  firstDelayMs?: number;
}): Job {
  const now = options.now ?? Date.now;
  const runtime = createAlertRuntime(options.db, options.settings);
  // the VAPID keys exist from the first start on, so the extension can subscribe before any alert is due
  runtime.context.vapid().catch((error: unknown) => options.logger?.error({ err: error }, 'VAPID keys unavailable'));
  return {
    name: 'alerts',
    schedule: options.intervalMs ?? 60_000,
    firstDelayMs: options.firstDelayMs ?? 0,
    run: () =>
      runAlerts({ db: options.db, context: runtime.context, attemptTimeoutMs: options.settings?.attemptTimeoutMs }, now())
        .then((report) => {
          if (report.unplanned.length) options.logger?.error({ unplanned: report.unplanned }, 'alert run: teams not planned');
          if (report.enqueued || report.sent || report.failed || report.retried) options.logger?.info({ alerts: report }, 'alert run');
        })
        .catch((error: unknown) => options.logger?.error({ err: error }, 'alert run failed')),
    drain: () => runtime.close(),
  };
}
