/**
 * The team's calendar feed (`GET /ics/<feedToken>.ics`, DESIGN.md "HTTP API"): one VEVENT per deadline of every
 * non-deleted item and one per event, so Outlook, Thunderbird and Google Calendar show what the watchlist shows.
 * - Deadlines without time are all-day; with time they are Europe/Berlin (or their own zone) with a VTIMEZONE.
 * - UIDs are `<itemId>-<deadlineKey>@callwatch`: stable while a deadline stands, new when it moves (the old
 *   event then leaves the feed), and SEQUENCE is the item's `rev`, which rises on every change.
 * - VALARM display reminders follow the team's alert rules (holiday-moved days included), as triggers relative to
 *   the start, which clients honour more widely than absolute ones. Done or dismissed items keep their events
 *   but lose their reminders; deleted items leave the feed.
 * - Deadlines are TRANSPARENT: they mark a date, they do not make anyone busy.
 * The body is deterministic (sorted, DTSTAMP = the item's updatedAt), so its ETag changes only with the data.
 */
import type { ICalAlarmData, ICalEventData } from 'ical-generator';
import type { Deadline, Item } from '../../shared/schema.ts';
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
    // no calendar-wide zone name: ical-generator would then print DTSTAMP in process-local time; the generator
    // alone makes it emit a VTIMEZONE for every zone the events use
    timezone: { name: null, generator: lib.getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': BERLIN },
  });
  const items = [...input.items].filter((item) => !item.deleted).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of items) {
    for (const { event, alarms } of deadlineEvents(lib, item, input.rules)) {
      const created = calendar.createEvent(event);
      // RELATED=START set through the method: ical-generator ignores `relatesTo` in the alarm's constructor data,
      // and without it writes an after-start trigger as RELATED=END, which for an all-day event is a day late
      for (const alarm of alarms) created.createAlarm(alarm).relatesTo('START');
    }
    const event = itemEvent(item);
    if (event) calendar.createEvent(event);
  }
  return calendar.toString();
}

/** One event per distinct deadline, in key order. */
function deadlineEvents(lib: IcalLibrary, item: FeedItem, rules: AlertRules): { event: ICalEventData; alarms: ICalAlarmData[] }[] {
  const byKey = new Map<string, Deadline>();
  for (const deadline of item.deadlines) if (!byKey.has(deadlineKey(deadline))) byKey.set(deadlineKey(deadline), deadline);
  // reminders come from the alert rules, without the "not sent late" rule: a calendar has no past to catch up on
  const alerts = scheduleAlerts(item, rules);
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, deadline]) => {
      const zone = deadline.tz && isKnownZone(deadline.tz) && lib.getVtimezoneComponent(deadline.tz) ? deadline.tz : BERLIN;
      const label = deadline.label.trim() || DEADLINE_WORDS[deadline.kind];
      const when = deadline.time
        ? { start: plainDateTime(deadline.date, deadline.time), timezone: zone, allDay: false }
        : { start: plainDate(deadline.date), end: plainDate(dateOfDay(dayNumber(deadline.date) + 1)), allDay: true };
      const event: ICalEventData = {
        ...common(item),
        ...when,
        id: `${item.id}-${key}@callwatch`,
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
