/**
 * When to sync: on request (start, local change, alarm, back online), one round at a time; a request during a round
 * runs one more round after it; failures retry with exponential backoff.
 */
import { readSettings, isConfigured } from '../store/settings.ts';
import { syncStatus } from '../store/sync-status.ts';
import { serviceClient, type ServiceClient } from '../api.ts';
import { pendingOps } from '../store/pending.ts';
import { PENDING_RETRY_MAX_MS, backoffDelay } from './backoff.ts';
import { syncOnce, type SyncOutcome } from './sync-client.ts';

export interface SchedulerDeps {
  clientFor?: (url: string, token: string) => ServiceClient;
  /** runs after every successful round (badge, alerts) */
  afterSync?: () => Promise<void>;
  /**
   * Wakes the background for a retry even when its timers are gone (an MV3 service worker is stopped when idle and its
   * setTimeout with it): the runtime sets a one-shot alarm. Called while changes are pending, with the retry's delay.
   */
  wakeAfter?: (ms: number) => Promise<void>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => Date;
}

/** Creates the background's sync scheduler. */
export function createSyncScheduler(deps: SchedulerDeps = {}) {
  const clientFor = deps.clientFor ?? serviceClient;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = deps.now ?? (() => new Date());
  let running: Promise<SyncOutcome | null> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: unknown = null;

  async function round(): Promise<SyncOutcome | null> {
    const s = await readSettings();
    if (!isConfigured(s)) return null;
    const outcome = await syncOnce(clientFor(s.serviceUrl, s.token));
    if (outcome.ok) {
      failures = 0;
      await syncStatus.setValue({ lastSyncAt: now().toISOString(), lastError: null, nextRetryAt: null });
      await deps.afterSync?.();
    } else {
      failures += 1;
      // the user's own changes waiting: retry at least every 25 s, and make sure the background wakes for it
      const waiting = (await pendingOps.getValue()).length > 0;
      const delay = outcome.retry ? backoffDelay(failures, Math.random(), waiting ? PENDING_RETRY_MAX_MS : undefined) : null;
      if (delay !== null && waiting) await deps.wakeAfter?.(delay).catch(() => undefined);
      const previous = await syncStatus.getValue();
      await syncStatus.setValue({
        ...previous,
        lastError: { kind: outcome.kind, message: outcome.message },
        nextRetryAt: delay === null ? null : new Date(now().getTime() + delay).toISOString(),
      });
      if (delay !== null) {
        if (retryTimer !== null) clearTimer(retryTimer);
        retryTimer = setTimer(() => {
          retryTimer = null;
          void request();
        }, delay);
      }
    }
    return outcome;
  }

  /** Asks for a sync; resolves with the outcome of the round that includes this request. */
  function request(): Promise<SyncOutcome | null> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let outcome: SyncOutcome | null;
      do {
        again = false;
        outcome = await round().catch(() => null);
      } while (again);
      // cleared in the same step as the last check of `again`, so no request falls between them
      running = null;
      return outcome;
    })();
    return running;
  }

  return {
    request,
    /** number of consecutive failed rounds */
    get failures() {
      return failures;
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
