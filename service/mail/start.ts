/**
 * The mail poller inside `callwatch serve`: its runtime and its job (service/jobs) — a tick every minute claims the
 * mailboxes that are due (each every 15 minutes, at an offset from a hash of its id) and polls them.
 * service/main.ts builds this once and starts the job with the others; stopping it awaits the polls in flight.
 */
import type { Logger } from 'pino';
import type { Job } from '../jobs/job.ts';
import type { ServiceDeps } from '../services/context.ts';
import { createMailRuntime, type MailRuntime } from './runtime.ts';
import { mailKey } from './secret.ts';

export interface Mail {
  runtime: MailRuntime;
  job: Job;
}

/** Builds the runtime from the service's settings and its job (not started). */
export function createMail(
  deps: ServiceDeps & { logger: Logger },
  settings: { allowPrivate?: boolean; keySecret?: string; pattern?: string } = {},
): Mail {
  const runtime = createMailRuntime(deps, { policy: { allowPrivate: settings.allowPrivate }, key: mailKey(settings.keySecret) });
  let polling: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    try {
      // in the background: a slow mail server never holds up the next tick (croner's protect skips overlaps)
      polling = runtime.poller.pollDue();
      const outcomes = (await polling) as Awaited<ReturnType<typeof runtime.poller.pollDue>>;
      for (const o of outcomes.filter((x) => x.lastPoll.status === 'error')) {
        deps.logger.warn({ mailbox: o.mailboxId, code: o.lastPoll.errorCode }, 'mail: poll failed');
      }
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'mail: tick failed');
    }
  };
  return {
    runtime,
    job: {
      name: 'mail',
      // a tick still polling is not overlapped by the next one
      schedule: settings.pattern ?? '0 * * * * *',
      run: tick,
      async drain() {
        await polling.catch(() => undefined);
        await runtime.poller.idle();
      },
    },
  };
}
