/**
 * Starts the mail poller inside `callwatch serve` (croner, as the sources scheduler): a tick every minute claims the
 * mailboxes that are due (each every 15 minutes, at an offset from a hash of its id) and polls them in the background.
 * service/main.ts calls this once and `stop()` at shutdown (timer off, polls in flight awaited).
 */
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { ServiceDeps } from '../services/context.ts';
import { createMailRuntime, type MailRuntime } from './runtime.ts';
import { mailKey } from './secret.ts';

export interface StartedMail {
  runtime: MailRuntime;
  /** one tick now (tests) */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the runtime from the service's settings and starts ticking. */
export function startMail(
  deps: ServiceDeps & { logger: Logger },
  settings: { allowPrivate?: boolean; keySecret?: string; pattern?: string } = {},
): StartedMail {
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
  // protect: a tick still polling is not overlapped; unref: never keeps a CLI alive
  const job = new Cron(settings.pattern ?? '0 * * * * *', { protect: true, unref: true }, tick);
  return {
    runtime,
    tick,
    async stop() {
      job.stop();
      await polling.catch(() => undefined);
      await runtime.poller.idle();
    },
  };
}
