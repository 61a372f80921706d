/** A source's interval, written as in the contract: "30m", "6h", "1d". */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Sites are not asked more often than this, nor less often than this. */
export const MIN_EVERY_MS = 15 * 60_000;
export const MAX_EVERY_MS = 30 * 86_400_000;
export const DEFAULT_EVERY = '6h';

/** The interval in ms, or null when the text is not a valid interval within the bounds. */
export function parseEvery(every: string): number | null {
  const m = /^(\d{1,4})([mhd])$/.exec(every.trim());
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return ms >= MIN_EVERY_MS && ms <= MAX_EVERY_MS ? ms : null;
}
