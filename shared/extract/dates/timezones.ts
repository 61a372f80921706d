/**
 * Time zones on agency pages → Europe/Berlin wall clock. The EU rule is computed directly (summer time from the
 * last Sunday of March to the last Sunday of October, switching at 01:00 UTC) so this stays pure and fast: no Intl,
 * no node:*. CET/CEST, MEZ/MESZ and "Brussels/Paris time" are Berlin's own clock and are copied as written.
 */

/** A zone as written next to a time: Berlin's clock, or a fixed UTC offset that must be converted. */
export type WrittenZone = { kind: 'berlin' } | { kind: 'offset'; minutes: number };

const BERLIN_CLOCK = /^(?:cet|cest|mez|mesz|brussels time|paris time|berlin time|central european(?: summer)? time|mitteleuropäische (?:sommer)?zeit)$/i;

const FIXED_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, wet: 0, west: 60, bst: 60, eet: 120, eest: 180,
  est: -300, edt: -240, pst: -480, pdt: -420,
};

/** Regex source for the zone names we recognise after a time (case-insensitive use). */
export const ZONE_SOURCE =
  '(?:(?:utc|gmt)\\s?[+-−]\\s?\\d{1,2}(?::?\\d{2})?|utc|gmt|cest|cet|mesz|mez|wet|west|bst|eest|eet|est|edt|pst|pdt|' +
  'brussels time|paris time|berlin time|central european(?: summer)? time|mitteleuropäische (?:sommer)?zeit)(?![a-z])';

/** Reads a zone as written ("UTC", "CEST", "UTC+2", "+01:00", "Z"); null when unknown. */
export function readZone(written: string): WrittenZone | null {
  const zone = written.trim().replace(/[()]/g, '').trim();
  if (BERLIN_CLOCK.test(zone)) return { kind: 'berlin' };
  const fixed = FIXED_OFFSETS[zone.toLowerCase()];
  if (fixed !== undefined) return { kind: 'offset', minutes: fixed };
  const m = /^(?:utc|gmt)?\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (!m) return null;
  const sign = m[1] === '+' ? 1 : -1;
  return { kind: 'offset', minutes: sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
}

/** Milliseconds of the last Sunday of a month at 01:00 UTC (the EU switch instant). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  const back = lastDay.getUTCDay(); // 0 = Sunday
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - back, 1, 0);
}

/** Berlin's UTC offset in minutes at an instant: 120 in summer time, 60 otherwise (EU rule since 1996). */
export function berlinOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const inSummer = utcMs >= lastSundayAt1Utc(year, 3) && utcMs < lastSundayAt1Utc(year, 10);
  return inSummer ? 120 : 60;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Converts a wall-clock time written at a fixed UTC offset to the Berlin wall clock (the day may change). */
export function offsetToBerlin(wall: WallClock, offsetMinutes: number): WallClock {
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - offsetMinutes * 60_000;
  const berlin = new Date(utc + berlinOffsetMinutes(utc) * 60_000);
  return {
    year: berlin.getUTCFullYear(),
    month: berlin.getUTCMonth() + 1,
    day: berlin.getUTCDate(),
    hour: berlin.getUTCHours(),
    minute: berlin.getUTCMinutes(),
  };
}
