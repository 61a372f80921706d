/**
 * Time zones as pages write them ("15:00 CEST", "16:00 UTC+1", "Brussels time") and what they mean for Europe/Berlin
 * wall-clock time. Reading the zone is the extraction's business; Berlin's offset at an instant comes from the shared
 * conversion (shared/time/berlin.ts), so the extraction and the alert rules agree on every DST switch.
 */
import { wallTimeToInstant, zoneOffsetMinutes } from '../../time/berlin.ts';

/**
 * How a written zone relates to Berlin: `berlin` for names of the same wall clock (CET/CEST, MEZ/MESZ, "Brussels
 * time" — copied as written, even "15:00 CEST" in January), or a fixed offset from UTC in minutes.
 */
export type Zone =
  | { kind: 'berlin'; written: string }
  | { kind: 'offset'; minutes: number; written: string }
  /**
   * a zone whose offset changes with its own daylight-saving rules ("ET", "Pacific Time"): an IANA name; a page's clock
   * read from its host or addresses (page-clock.ts) also says the country
   */
  | { kind: 'region'; zone: string; written: string; country?: string }
  /** an abbreviation several countries write for their own clocks ("CST", "IST"): read by the page's country (settleZone) */
  | { kind: 'ambiguous'; written: string };

const FIXED_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};
const BERLIN_ABBREVIATIONS = new Set(['CET', 'CEST', 'MEZ', 'MESZ', 'MET', 'MEST']);
/** US zones written without saying standard or daylight time: the clock of that region on that day */
const REGIONS: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };
const REGION_WORDS: Record<string, string> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' };
/** "UK time", "Irish time", "Lisbon time": the clock of a country or city outside Berlin's, with its own summer time */
const PLACE_CLOCKS: Record<string, string> = {
  uk: 'Europe/London', british: 'Europe/London', london: 'Europe/London', irish: 'Europe/Dublin', dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon', portuguese: 'Europe/Lisbon',
};

/**
 * Abbreviations several countries write for their own clocks, and what each means on a page of that country: "CST" is
 * US (and Canadian, Mexican) Central Standard Time and China's (Taiwan's) Standard Time; "IST" India's, Ireland's (its
 * summer time, UTC+1) and Israel's Standard Time. Read only where the page's clock names the country, never otherwise.
 */
const AMBIGUOUS: Record<string, Record<string, number>> = {
  CST: { us: -360, ca: -360, mx: -360, cn: 480, tw: 480 },
  IST: { in: 330, ie: 60, il: 120 },
};

/**
 * An ambiguous abbreviation right after a clock time ("2:00 pm CST", "10:00 (IST)"), in capitals only ("ist" is a German
 * word); group 1 or 2 holds it. Read after the time's own pattern, which does not know these abbreviations.
 */
export const AMBIGUOUS_AFTER = /^[^\S\n]*(?:\([^\S\n]*(CST|IST)[^\S\n]*\)|(CST|IST))(?![\p{L}\d])/u;

/**
 * The zone a time's written zone means on this page: an ambiguous abbreviation by the country of the page's clock
 * (`clock`, page-clock.ts), undefined when the page's clock names no country that writes it; any other zone as written.
 */
export function settleZone(zone: Zone | undefined, clock: Zone | undefined): Zone | undefined {
  if (zone?.kind !== 'ambiguous') return zone;
  const country = clock?.kind === 'region' ? clock.country : undefined;
  const minutes = country === undefined ? undefined : AMBIGUOUS[zone.written]?.[country];
  return minutes === undefined ? undefined : { kind: 'offset', minutes, written: zone.written };
}

/** A zone as a regex source (no capture group) for after a clock time: "CEST", "(MEZ)", "UTC+2", "Brussels time". */
export const ZONE_PATTERN =
  String.raw`(?:(?:UTC|GMT)[^\S\n]*[+\-−][^\S\n]*\d{1,2}(?::?\d{2})?|CEST|CET|MESZ|MEZ|MEST|MET|UTC|GMT|WEST|WET|BST|EEST|EET|MSK|EST|EDT|CDT|MST|MDT|PST|PDT|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|ET|CT|MT|PT|` +
  String.raw`(?:UK|British|London|Irish|Dublin|Lisbon|Portuguese)[^\S\n]+time|` +
  String.raw`(?:Eastern|Central|Mountain|Pacific)(?:[^\S\n]+(?:Standard|Daylight))?[^\S\n]+Time|` +
  String.raw`(?:Brussels|Brüssel|Bruxelles|Paris|Berlin|Amsterdam|Rome|Madrid|Vienna|Luxembourg|Central[^\S\n]+European(?:[^\S\n]+Summer)?)[^\S\n]+time|` +
  String.raw`(?:deutscher|mitteleuropäischer)[^\S\n]+(?:Sommer)?zeit)(?![\p{L}])`;

/** Reads a zone matched by ZONE_PATTERN; null for an unknown or lower-case abbreviation ("est" is a word). */
export function readZone(written: string): Zone | null {
  const text = written.trim();
  const offset = /^(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    return { kind: 'offset', minutes: sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)), written: text };
  }
  // "Eastern Time", "Pacific Standard Time": the region's clock, or its standard/daylight offset when the page says which
  const us = /^(eastern|central|mountain|pacific)(?:\s+(standard|daylight))?\s+time$/i.exec(text);
  if (us) {
    const region = REGION_WORDS[us[1].toLowerCase()];
    if (!us[2]) return { kind: 'region', zone: REGIONS[region], written: text };
    const abbreviation = `${region[0]}${us[2].toLowerCase() === 'standard' ? 'S' : 'D'}T`;
    return { kind: 'offset', minutes: FIXED_OFFSETS[abbreviation], written: text };
  }
  const place = /^(\p{L}+)\s+time$/iu.exec(text);
  const clock = place && PLACE_CLOCKS[place[1].toLowerCase()];
  if (clock) return { kind: 'region', zone: clock, written: text };
  if (/\s/.test(text)) return { kind: 'berlin', written: text }; // "Brussels time", "deutscher Zeit"
  if (text !== text.toUpperCase()) return null;
  if (BERLIN_ABBREVIATIONS.has(text)) return { kind: 'berlin', written: text };
  if (AMBIGUOUS[text]) return { kind: 'ambiguous', written: text };
  if (REGIONS[text]) return { kind: 'region', zone: REGIONS[text], written: text };
  const minutes = FIXED_OFFSETS[text];
  return minutes === undefined ? null : { kind: 'offset', minutes, written: text };
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The Berlin wall clock for a wall-clock time written at a fixed UTC offset (the day may change). */
export function toBerlin(clock: WallClock, offsetMinutes: number): WallClock {
  const utc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - offsetMinutes * 60_000;
  const local = new Date(utc + zoneOffsetMinutes(utc) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/**
 * The zone's offset from UTC in minutes at a wall-clock time written in it: fixed for an offset zone, the region's
 * own daylight-saving rules for a region ("ET" is UTC−5 in January, UTC−4 from the second Sunday of March).
 */
export function offsetAt(zone: Extract<Zone, { kind: 'offset' | 'region' }>, clock: WallClock): number {
  if (zone.kind === 'offset') return zone.minutes;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const instant = wallTimeToInstant(`${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`, `${pad(clock.hour)}:${pad(clock.minute)}`, zone.zone);
  return Math.round((Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - instant) / 60_000);
}

/**
 * True when a day without a year lies where the offset depends on the year: the last week of March or October
 * (with a day of margin for times that cross midnight). Elsewhere any year gives the same answer.
 */
export function dependsOnYear(month: number, day: number): boolean {
  return (month === 3 || month === 10) && day >= 23;
}
