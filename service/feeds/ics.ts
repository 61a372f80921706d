/**
 * The team's calendar feed (`GET /ics/<feedToken>.ics`, DESIGN.md "HTTP API"): one VEVENT per deadline of every
 * non-deleted item and one per event, so Outlook, Thunderbird and Google Calendar show what the watchlist shows.
 * - Deadlines without time are all-day; with time they are Europe/Berlin (or their own zone) with a VTIMEZONE.
 * - UIDs are `<itemId>-<kind>@callwatch` (a second deadline of the same kind `<itemId>-<kind>-2@callwatch`, in the
 *   item's order): keyed on the stage, not the date, so a moved deadline is the same event moved — calendars update
 *   it instead of showing the old and the new date (issue 13, item 10). SEQUENCE is the item's `rev`, which rises on
 *   every change.
 * - VALARM display reminders follow the team's alert rules (holiday-moved days included), as triggers relative to
 *   the start, which clients honour more widely than absolute ones. Done or dismissed items keep their events
 *   but lose their reminders; deleted items leave the feed.
 * - Deadlines are TRANSPARENT: they mark a date, they do not make anyone busy.
 * - One bad item never fails the feed (issue 15, item 3): a date outside the years the schema allows (one stored
 *   before that rule, "31.12.9999") is no deadline, and an item whose events cannot be written is left out; both are
 *   reported through `onSkip`.
 * The body is deterministic (sorted, DTSTAMP = the item's updatedAt), so its ETag changes only with the data. The
 * calendar's properties come before its components and every line ends with CRLF (RFC 5545 3.4, 3.1).
 */
import type { ICalAlarmData, ICalEvent, ICalEventData } from 'ical-generator';
import { isSupportedDate, type Deadline, type Item } from '../../shared/schema.ts';
import {
  BERLIN,
  countdown,
  dateOfDay,
  dayNumber,
  deadlineKey,
  germanDeadlineDate,
  instantToWallTime,
  isKnownZone,
  scheduleAlerts,
} from '../../shared/alerts.ts';
import type { AlertRules, PlannedAlert } from '../../shared/alerts.ts';
import { icalGenerator } from '../lazy.ts';
import { plainDate, plainDateTime } from './wall-clock.ts';

/** ical-generator and the VTIMEZONE data, loaded at the first feed (service/lazy.ts). */
type IcalLibrary = Awaited<ReturnType<typeof icalGenerator>>;

export type FeedItem = Pick<
  Item,
  'id' | 'kind' | 'title' | 'url' | 'summary' | 'organizer' | 'location' | 'deadlines' | 'start' | 'end' | 'status' | 'deleted' | 'rev' | 'updatedAt'
>;

export interface FeedInput {
  team: { id: string; name: string };
  items: Iterable<FeedItem>;
  rules: AlertRules;
  /** the feed's own address (URL property of the calendar) */
  feedUrl?: string;
  /** told about every item left out of the feed, or written without some of its dates, and why */
  onSkip?: (skipped: { itemId: string; reason: string }) => void;
}

/** how often clients should re-fetch the feed */
const REFRESH_SECONDS = 3600;

const DEADLINE_WORDS: Record<Deadline['kind'], string> = {
  application: 'Antragsfrist',
  interest: 'Interessenbekundung',
  registration: 'Anmeldeschluss',
  submission: 'Einreichungsfrist',
  other: 'Frist',
};

/** Builds the iCalendar text of a team's feed. */
export async function buildIcsFeed(input: FeedInput): Promise<string> {
  const lib = await icalGenerator();
  const calendar = new lib.ical.ICalCalendar({
    name: `callwatch – ${input.team.name}`,
    prodId: { company: 'callwatch', product: 'callwatch', language: 'DE' },
    url: input.feedUrl ?? null,
    ttl: REFRESH_SECONDS,
    // no calendar-wide zone name: ical-generator would then print DTSTAMP in process-local time
    timezone: { name: null },
    x: { 'X-WR-TIMEZONE': BERLIN },
  });
  const items = [...input.items].filter((item) => !item.deleted).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const zones = new Set<string>();
  const events: string[] = [];
  for (const item of items) {
    try {
      // each item is written on its own, so a failure leaves out that item alone
      const written = itemEvents(lib, calendar, withinYears(item, input.onSkip), input.rules).map((event) => ({ zone: event.timezone(), text: event.toString() }));
      for (const { zone, text } of written) {
        if (zone) zones.add(zone);
        events.push(text);
      }
    } catch (error) {
      input.onSkip?.({ itemId: item.id, reason: `not written: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  // ical-generator writes the calendar's properties after its components (REFRESH-INTERVAL after VTIMEZONE, the
  // X- properties after the events): its text without events gives the properties, the components follow them
  const properties = calendar.toString().replace(/END:VCALENDAR$/, '');
  const timezones = [...zones].sort().flatMap((zone) => {
    const component = lib.getVtimezoneComponent(zone);
    return component ? [`${component.replace(/\r?\n/g, '\r\n').trim()}\r\n`] : [];
  });
  return `${properties}${timezones.join('')}${lib.ical.foldLines(events.join(''))}END:VCALENDAR\r\n`;
}

/** The item without dates outside the schema's years (stored before that rule): such a date is no date. */
function withinYears(item: FeedItem, onSkip: FeedInput['onSkip']): FeedItem {
  const deadlines = item.deadlines.filter((d) => isSupportedDate(d.date));
  const start = item.start && isSupportedDate(item.start) ? item.start : null;
  const end = start && item.end && isSupportedDate(item.end) ? item.end : null;
  if (deadlines.length === item.deadlines.length && start === item.start && end === item.end) return item;
  onSkip?.({ itemId: item.id, reason: 'dates outside the years a calendar can show left out' });
  return { ...item, deadlines, start, end };
}

/** The item's events: its deadlines, then the event itself. */
function itemEvents(lib: IcalLibrary, calendar: InstanceType<IcalLibrary['ical']['ICalCalendar']>, item: FeedItem, rules: AlertRules): ICalEvent[] {
  const events: ICalEvent[] = [];
  for (const { event, alarms } of deadlineEvents(lib, item, rules)) {
    const created = new lib.ical.ICalEvent(event, calendar);
    // RELATED=START set through the method: ical-generator ignores `relatesTo` in the alarm's constructor data,
    // and without it writes an after-start trigger as RELATED=END, which for an all-day event is a day late
    for (const alarm of alarms) created.createAlarm(alarm).relatesTo('START');
    events.push(created);
  }
  const event = itemEvent(item);
  if (event) events.push(new lib.ical.ICalEvent(event, calendar));
  return events;
}

/** One event per distinct deadline, in date order; UIDs by kind and place among the deadlines of that kind. */
function deadlineEvents(lib: IcalLibrary, item: FeedItem, rules: AlertRules): { event: ICalEventData; alarms: ICalAlarmData[] }[] {
  const byKey = new Map<string, { deadline: Deadline; uid: string }>();
  const ofKind = new Map<Deadline['kind'], number>();
  for (const deadline of item.deadlines) {
    const key = deadlineKey(deadline);
    if (byKey.has(key)) continue;
    const n = (ofKind.get(deadline.kind) ?? 0) + 1;
    ofKind.set(deadline.kind, n);
    byKey.set(key, { deadline, uid: `${item.id}-${deadline.kind}${n > 1 ? `-${n}` : ''}@callwatch` });
  }
  // reminders come from the alert rules, without the "not sent late" rule: a calendar has no past to catch up on
  const alerts = scheduleAlerts(item, rules);
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { deadline, uid }]) => {
      const zone = deadline.tz && isKnownZone(deadline.tz) && lib.getVtimezoneComponent(deadline.tz) ? deadline.tz : BERLIN;
      const label = deadline.label.trim() || DEADLINE_WORDS[deadline.kind];
      const when = deadline.time
        ? { start: plainDateTime(deadline.date, deadline.time), timezone: zone, allDay: false }
        : { start: plainDate(deadline.date), end: plainDate(dateOfDay(dayNumber(deadline.date) + 1)), allDay: true };
      const event: ICalEventData = {
        ...common(item),
        ...when,
        id: uid,
        summary: `${label}: ${item.title}`,
        description: describe(item, [`${label}: ${germanDeadlineDate(deadline)}`]),
        transparency: lib.ical.ICalEventTransparency.TRANSPARENT,
      };
      const alarms = alerts.filter((a) => a.deadlineKey === key).map((a) => alarm(lib, a, deadline, zone, `${label} ${countdownWords(a)}: ${item.title}`));
      return { event, alarms };
    });
}

/** The event itself, for items of kind `event` with a start. */
function itemEvent(item: FeedItem): ICalEventData | null {
  if (item.kind !== 'event' || !item.start) return null;
  const [startDate, startTime] = item.start.split('T');
  const [endDate, endTime] = item.end ? item.end.split('T') : [undefined, undefined];
  let when: Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'>;
  if (startTime) {
    // a timed start without a timed end has no known length: DTEND is left out (RFC 5545: the event ends at its start)
    when = { start: plainDateTime(startDate, startTime), end: endDate && endTime ? plainDateTime(endDate, endTime) : null, timezone: BERLIN, allDay: false };
  } else {
    const last = endDate && endDate >= startDate ? endDate : startDate;
    when = { start: plainDate(startDate), end: plainDate(dateOfDay(dayNumber(last) + 1)), allDay: true };
  }
  return {
    ...common(item),
    ...when,
    id: `${item.id}-event@callwatch`,
    summary: item.title,
    location: item.location || null,
    description: describe(item, []),
  };
}

function common(item: FeedItem): Pick<ICalEventData, 'sequence' | 'stamp' | 'url'> {
  return { sequence: item.rev, stamp: new Date(item.updatedAt), url: item.url && /^https?:\/\//i.test(item.url) ? item.url : null };
}

/** Plain-text description: the given lines, then organizer, location, summary and the page. */
function describe(item: FeedItem, lines: string[]): string {
  return [
    ...lines,
    ...(item.organizer ? [`Von: ${item.organizer}`] : []),
    ...(item.location && item.kind === 'event' ? [`Ort: ${item.location}`] : []),
    ...(item.summary ? ['', item.summary] : []),
    ...(item.url ? ['', item.url] : []),
  ].join('\n');
}

/** The countdown as seen when the reminder fires ("morgen" for a Saturday deadline reminded on Friday). */
function countdownWords(alert: PlannedAlert): string {
  return countdown(alert.deadline, Date.parse(alert.dueAt), 'de');
}

/**
 * A display alarm at the alert's slot, as a trigger relative to the event start: the wall-clock distance read in
 * the event's zone, so "-P13DT16H" stays 08:00 across a DST switch (RFC 5545 counts days as calendar days).
 */
function alarm(lib: IcalLibrary, alert: PlannedAlert, deadline: Deadline, zone: string, description: string): ICalAlarmData {
  const due = instantToWallTime(Date.parse(alert.dueAt), deadline.time ? zone : BERLIN);
  const startWall = wallMs(deadline.date, deadline.time ?? '00:00');
  const dueWall = wallMs(due.date, due.time);
  // ical-generator: a positive trigger is before the start
  return { type: lib.ical.ICalAlarmType.display, trigger: (startWall - dueWall) / 1000, description };
}

function wallMs(date: string, time: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
}
