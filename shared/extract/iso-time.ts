/**
 * ISO 8601 values from structured data (JSON-LD, <time datetime>, <meta> dates) as Europe/Berlin wall-clock time.
 * Reading the ISO text is the extraction's business; the zone conversion is shared/time/berlin.ts.
 */
import { instantToWallTime } from '../time/berlin.ts';

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, absent for a date-only value */
  time?: string;
}

/**
 * Reads an ISO 8601 value: a date ("2023-11-16"), a local date-time ("2023-11-16T10:00", taken as Berlin time) or
 * an instant ("…T09:00:00Z", "…+01:00"), converted to Berlin wall-clock time.
 */
export function isoToBerlin(value: string): WallClock | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/i.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, , zone] = m;
  if (h === undefined) return { date: `${y}-${mo}-${d}` };
  if (!zone) return { date: `${y}-${mo}-${d}`, time: `${h}:${mi}` };
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : Number(zone.slice(0, 3)) * 60 + Math.sign(Number(zone.slice(0, 3)) || 1) * Number(zone.slice(-2));
  return instantToWallTime(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) - offsetMinutes * 60_000);
}
