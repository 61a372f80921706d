/**
 * Wall-clock time in Europe/Berlin (or another IANA zone) ⇄ UTC instants, DST-correct, without `node:*`: the one
 * implementation the alert rules, the extraction and the extension share. Intl.DateTimeFormat knows the zone rules
 * in browsers, content scripts and Node alike. Intl calls cost microseconds, so every wall-clock → instant result is
 * cached per (zone, date, time) — the alert rules ask for the same few hundred slots over and over.
 */

export const BERLIN = 'Europe/Berlin';

const MINUTE = 60_000;
/** bound on cached slots: far above what one run needs, small enough never to matter for memory */
const MAX_CACHED = 100_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows this IANA zone name. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallFields(ms: number, zone: string): WallFields {
  const out: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out as unknown as WallFields;
}

/** The zone's UTC offset in minutes at an instant (Berlin: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(ms: number, zone: string = BERLIN): number {
  const f = wallFields(ms, zone);
  const wallAsUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wallAsUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * UTC instant (ms) of a wall-clock date and time in a zone. Like Temporal's "compatible" disambiguation: a time
 * skipped by the spring-forward gap (02:30 on the last Sunday of March) lands after the gap (03:30 CEST), and a
 * time that happens twice in autumn takes the earlier (summer-time) occurrence. An unknown zone counts as Berlin.
 */
export function wallTimeToInstant(date: string, time: string = '00:00', zone: string = BERLIN): number {
  const key = `${zone}|${date}|${time}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  const z = isKnownZone(zone) ? zone : BERLIN;
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)),
    Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  // offsets a day either side bracket any transition near this wall time
  const before = zoneOffsetMinutes(wall - 86_400_000, z);
  const after = zoneOffsetMinutes(wall + 86_400_000, z);
  let result: number;
  if (before === after) {
    // no transition within a day either side (zones never change twice in two days): one offset, nothing to check
    result = wall - before * MINUTE;
  } else {
    const candidates = [before, after]
      .map((offset) => wall - offset * MINUTE)
      .filter((t) => zoneOffsetMinutes(t, z) * MINUTE === wall - t);
    result = candidates.length > 0 ? Math.min(...candidates) : wall - before * MINUTE;
  }
  if (instants.size >= MAX_CACHED) instants.clear();
  instants.set(key, result);
  return result;
}

/** Wall-clock date "YYYY-MM-DD" and time "HH:MM" of an instant in a zone (Berlin by default). */
export function instantToWallTime(ms: number, zone: string = BERLIN): { date: string; time: string } {
  const f = wallFields(ms, isKnownZone(zone) ? zone : BERLIN);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`, time: `${pad(f.hour)}:${pad(f.minute)}` };
}

const HOUR = 3_600_000;
/** from here on every offset of Europe/Berlin is whole hours */
const WHOLE_HOURS_SINCE = Date.UTC(1900, 0, 1);
/** far more hours than one run asks for; cleared when full */
const MAX_HOURS = 1024;
const dayOfHour = new Map<number, string>();

/**
 * The Berlin calendar day "YYYY-MM-DD" of an instant (the day `now` falls on). Read through Intl once per hour of UTC:
 * formatting an instant in a zone costs tens of microseconds, and every extraction asks for its day. Since 1900 Berlin's
 * offset from UTC is whole hours and changes on a whole hour of UTC, so every instant of one UTC hour falls on the same
 * Berlin day; before that (local mean time) Intl is asked each time.
 */
export function berlinDay(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!(ms >= WHOLE_HOURS_SINCE)) return instantToWallTime(ms).date;
  const hour = Math.floor(ms / HOUR);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= MAX_HOURS) dayOfHour.clear();
    dayOfHour.set(hour, (day = instantToWallTime(ms).date));
  }
  return day;
}
