/**
 * A minimal iCalendar (RFC 5545) reader for the VEVENTs of an agency's calendar: unfolded lines, escaped text, and
 * DTSTART/DTEND as dates, floating times, UTC times or times in a named zone — all turned into Europe/Berlin
 * wall-clock values as the data model wants them. Recurrence rules are not expanded (agency calendars list dates).
 */
import { instantToWallTime, isKnownZone, wallTimeToInstant } from '../../../shared/alerts.ts';

export interface CalendarEvent {
  uid: string | null;
  title: string;
  description: string;
  location: string | null;
  url: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in Berlin time */
  start: string | null;
  end: string | null;
  /** an all-day event (DTSTART;VALUE=DATE) */
  allDay: boolean;
  cancelled: boolean;
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** True when the text is an iCalendar document. */
export function looksLikeCalendar(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text.slice(0, 500));
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
function unfold(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function parseLine(line: string): Property | null {
  // the value starts after the first colon that is not inside a quoted parameter value
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

/** TEXT values: \\n, \\, \\; \\\\ escapes. */
const unescapeText = (value: string) => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const pad = (n: number) => String(n).padStart(2, '0');

/** TZIDs whose clock is Berlin's all year */
const BERLIN_CLOCK = /^(Europe\/Berlin|W\. Europe Standard Time|CET|Europe\/(Vienna|Zurich|Brussels|Paris|Amsterdam|Luxembourg))$/i;

/** A DATE or DATE-TIME property as a Berlin wall-clock value. */
function toBerlin(prop: Property): { value: string; allDay: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(prop.value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, , utc] = m;
  if (h === undefined || prop.params.VALUE === 'DATE') return { value: `${y}-${mo}-${d}`, allDay: true };
  const zone = prop.params.TZID?.replace(/^\//, '');
  const date = `${y}-${mo}-${d}`;
  const time = `${h}:${mi}`;
  // floating time, a zone with Berlin's clock, or a zone name the runtime does not know: the wall clock as written
  if (!utc && (!zone || BERLIN_CLOCK.test(zone) || !isKnownZone(zone))) return { value: `${date}T${time}`, allDay: false };
  const wall = instantToWallTime(utc ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) : wallTimeToInstant(date, time, zone));
  return { value: `${wall.date}T${wall.time}`, allDay: false };
}

/** The day before a YYYY-MM-DD (an all-day DTEND is exclusive). */
function dayBefore(date: string): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() - 86_400_000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The VEVENTs of a calendar, in file order. */
export function readCalendarEvents(text: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  let current: Property[] | null = null;
  let depth = 0; // nested components inside a VEVENT (VALARM) are skipped
  for (const line of unfold(text)) {
    const prop = parseLine(line);
    if (!prop) continue;
    if (prop.name === 'BEGIN') {
      if (prop.value.toUpperCase() === 'VEVENT' && current === null) current = [];
      else if (current) depth++;
      continue;
    }
    if (prop.name === 'END') {
      if (current && depth > 0) depth--;
      else if (current && prop.value.toUpperCase() === 'VEVENT') {
        events.push(toEvent(current));
        current = null;
      }
      continue;
    }
    if (current && depth === 0) current.push(prop);
  }
  return events;
}

function toEvent(props: Property[]): CalendarEvent {
  const get = (name: string) => props.find((p) => p.name === name);
  const text = (name: string) => {
    const p = get(name);
    return p ? unescapeText(p.value).trim() : '';
  };
  const start = get('DTSTART') ? toBerlin(get('DTSTART')!) : null;
  const endProp = get('DTEND') ? toBerlin(get('DTEND')!) : null;
  let end = endProp?.value ?? null;
  if (start?.allDay && end && endProp?.allDay) {
    end = dayBefore(end);
    if (end <= start.value) end = null; // a one-day event has no end in the data model
  }
  const url = text('URL');
  return {
    uid: text('UID') || null,
    title: text('SUMMARY'),
    description: text('DESCRIPTION'),
    location: text('LOCATION') || null,
    url: /^https?:\/\//i.test(url) ? url : null,
    start: start?.value ?? null,
    end,
    allDay: start?.allDay ?? false,
    cancelled: text('STATUS').toUpperCase() === 'CANCELLED',
  };
}
