/** Exponential backoff for sync retries: 2 s, 4 s, 8 s … capped at 5 minutes, with jitter so clients spread out. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * While the user's own changes wait to be sent, retries come at least this often: a clip saved while the service was
 * down goes out within half a minute of the service being back (not after a 5-minute backoff).
 */
export const PENDING_RETRY_MAX_MS = 25_000;

/** Delay before retry number `failures` (1 = first retry); `random` in [0, 1); `maxMs` caps it. */
export function backoffDelay(failures: number, random: number = Math.random(), maxMs: number = BACKOFF_MAX_MS): number {
  const exact = Math.min(maxMs, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  // the jitter never pushes a retry past the cap
  return Math.min(maxMs, Math.round(exact * (0.75 + 0.5 * random)));
}
