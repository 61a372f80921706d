/** Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP date; the time until which a host asked us to wait. */

/** The instant (ms) a Retry-After value points to, or undefined when it is missing or unreadable. */
export function retryAfterAt(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return nowMs + Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(nowMs, date);
}
