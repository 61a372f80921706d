/**
 * When a source runs: on its own interval, at an offset fixed by a hash of its id, so a hundred sources added at
 * once do not all fetch at the top of the hour; and after failures, exponentially later.
 */
import { createHash } from 'node:crypto';

/** The source's fixed offset within its interval (ms), from a hash of its id. */
export function slotOffset(id: string, intervalMs: number): number {
  const hash = createHash('sha256').update(id).digest().readUInt32BE(0);
  return hash % intervalMs;
}

/** The first slot of the source strictly after `afterMs`: k·interval + offset. */
export function nextSlot(id: string, intervalMs: number, afterMs: number): number {
  const offset = slotOffset(id, intervalMs);
  const k = Math.floor((afterMs - offset) / intervalMs) + 1;
  return k * intervalMs + offset;
}

/** Backoff cap: a failing source is still tried at least once a week. */
export const MAX_BACKOFF_MS = 7 * 86_400_000;

/**
 * When a source that failed `failures` times in a row runs next: its next slot after now + interval·2^(failures−1)
 * (capped), and never before the time a host asked us to wait until (Retry-After).
 */
export function nextRunAfterFailure(id: string, intervalMs: number, nowMs: number, failures: number, retryAt?: number): number {
  const delay = Math.min(intervalMs * 2 ** Math.max(0, Math.min(failures - 1, 20)), MAX_BACKOFF_MS);
  const slot = delay >= MAX_BACKOFF_MS ? nowMs + MAX_BACKOFF_MS : nextSlot(id, intervalMs, nowMs + delay - intervalMs);
  return Math.max(slot, retryAt ?? 0);
}
