/** Exponential backoff for sync retries: 2 s, 4 s, 8 s … capped at 5 minutes, with jitter so clients spread out. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Delay before retry number `failures` (1 = first retry); `random` in [0, 1). */
export function backoffDelay(failures: number, random: number = Math.random()): number {
  const exact = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exact * (0.75 + 0.5 * random));
}
