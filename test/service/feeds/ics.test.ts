import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { etagMatches, feedEtag } from '../../../service/feeds/etag.ts';
import { buildIcsFeed } from '../../../service/feeds/ics.ts';
import type { FeedItem } from '../../../service/feeds/ics.ts';
import { defaultAlertRules } from '../../../shared/alerts.ts';

const base: Omit<FeedItem, 'id' | 'kind' | 'title' | 'deadlines'> = {
  url: 'https://www.example.org/foerderung/nakopa',
  summary: 'Förderung für kommunale Projekte; Zuschuss, bis 90 %',
  organizer: 'BMWK',
  location: null,
  start: null,
  end: null,
  status: 'watching',
  deleted: false,
  rev: 7,
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const call: FeedItem = {
  ...base,
  id: '0190a7f0-0000-7000-8000-000000000001',
  kind: 'call',
  title: 'Nakopa 2026',
  deadlines: [
    { date: '2026-04-10', label: 'Projektskizze', kind: 'interest' },
    { date: '2026-06-30', time: '15:00', label: 'Antrag', kind: 'application' },
  ],
};
const event: FeedItem = {
  ...base,
  id: '0190a7f0-0000-7000-8000-000000000002',
  kind: 'event',
  title: 'Infoveranstaltung Klimaschutz',
  location: 'Rathaus Kalletal',
  start: '2026-05-12T10:00',
  end: '2026-05-12T12:30',
  deadlines: [{ date: '2026-05-05', label: 'Anmeldeschluss', kind: 'registration' }],
};
const fair: FeedItem = { ...base, id: '0190a7f0-0000-7000-8000-000000000003', kind: 'event', title: 'Messe', start: '2026-09-01', end: '2026-09-03', deadlines: [] };
const deleted: FeedItem = { ...call, id: '0190a7f0-0000-7000-8000-000000000004', title: 'Gelöscht', deleted: true };
const dismissed: FeedItem = { ...call, id: '0190a7f0-0000-7000-8000-000000000005', title: 'Abgelehnt', status: 'dismissed', deadlines: [{ date: '2026-07-01', label: 'Frist', kind: 'other' }] };

const team = { id: 'team-1', name: 'Gemeinde Kalletal' };
const feed = (items: FeedItem[]) => buildIcsFeed({ team, items, rules: defaultAlertRules(), feedUrl: 'https://cw.example/ics/cwf_abc.ics' });

/** Parses a feed with ical.js, registering its VTIMEZONEs so TZID times resolve to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => ({ component: c, event: new ICAL.Event(c) }));
  const byUid = new Map(events.map((e) => [e.event.uid, e]));
  return { calendar, events, byUid };
}

const alarmsOf = (component: ICAL.Component) =>
  component.getAllSubcomponents('valarm').map((a) => {
    const trigger = a.getFirstProperty('trigger')!;
    return { action: a.getFirstPropertyValue('action'), seconds: (trigger.getFirstValue() as ICAL.Duration).toSeconds(), related: trigger.getParameter('related') };
  });

// the feed is built asynchronously (ical-generator is loaded on first use), so the shared one before the suite
const text = await feed([call, event, fair, deleted, dismissed]);

describe('ICS feed', () => {
  const { calendar, events, byUid } = parse(text);

  it('names the calendar after the team and gives its URL and Berlin as its zone', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('callwatch – Gemeinde Kalletal');
    expect(calendar.getFirstPropertyValue('url')).toBe('https://cw.example/ics/cwf_abc.ics');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
  });

  it('has one VEVENT per deadline of every non-deleted item and one per event, with stable UIDs', () => {
    expect(events.map((e) => e.event.uid).sort()).toEqual(
      [
        `${call.id}-interest@callwatch`,
        `${call.id}-application@callwatch`,
        `${event.id}-registration@callwatch`,
        `${event.id}-event@callwatch`,
        `${fair.id}-event@callwatch`,
        `${dismissed.id}-other@callwatch`,
      ].sort(),
    );
  });

  it('makes a deadline without time an all-day event', () => {
    const { event: skizze } = byUid.get(`${call.id}-interest@callwatch`)!;
    expect(skizze.startDate.isDate).toBe(true);
    expect(skizze.startDate.toString()).toBe('2026-04-10');
    expect(skizze.endDate.toString()).toBe('2026-04-11');
    expect(skizze.summary).toBe('Projektskizze: Nakopa 2026');
  });

  it('makes a timed deadline a Europe/Berlin event at the right instant', () => {
    const { event: antrag, component } = byUid.get(`${call.id}-application@callwatch`)!;
    expect(antrag.startDate.isDate).toBe(false);
    expect(antrag.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(antrag.startDate.toJSDate().toISOString()).toBe('2026-06-30T13:00:00.000Z'); // CEST
    expect(component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('gives events their start and end, all-day events an exclusive end', () => {
    const { event: info, component } = byUid.get(`${event.id}-event@callwatch`)!;
    expect(info.startDate.toJSDate().toISOString()).toBe('2026-05-12T08:00:00.000Z');
    expect(info.endDate.toJSDate().toISOString()).toBe('2026-05-12T10:30:00.000Z');
    expect(info.location).toBe('Rathaus Kalletal');
    expect(component.getAllSubcomponents('valarm')).toHaveLength(0);
    const { event: messe } = byUid.get(`${fair.id}-event@callwatch`)!;
    expect([messe.startDate.toString(), messe.endDate.toString()]).toEqual(['2026-09-01', '2026-09-04']);
  });

  it('carries URL, SEQUENCE and a plain-text description with organizer and summary', () => {
    const { event: skizze, component } = byUid.get(`${call.id}-interest@callwatch`)!;
    expect(skizze.sequence).toBe(7);
    expect(component.getFirstPropertyValue('url')).toBe('https://www.example.org/foerderung/nakopa');
    expect(skizze.description.split('\n')).toEqual([
      'Projektskizze: Freitag, 10. April 2026',
      'Von: BMWK',
      '',
      'Förderung für kommunale Projekte; Zuschuss, bis 90 %',
      '',
      'https://www.example.org/foerderung/nakopa',
    ]);
  });

  it('adds display alarms at the rule slots, holiday moves included', () => {
    // all-day 2026-04-10: 14 days → 03-27 08:00; 7 days → Karfreitag → 04-02 08:00; 2 days → 04-08; 0 → 04-10 08:00
    const day = 86_400;
    expect(alarmsOf(byUid.get(`${call.id}-interest@callwatch`)!.component)).toEqual([
      { action: 'DISPLAY', seconds: -(14 * day - 8 * 3600), related: 'START' },
      { action: 'DISPLAY', seconds: -(8 * day - 8 * 3600), related: 'START' },
      { action: 'DISPLAY', seconds: -(2 * day - 8 * 3600), related: 'START' },
      { action: 'DISPLAY', seconds: 8 * 3600, related: 'START' },
    ]);
    // timed 2026-06-30 15:00: 2 days before is Sunday → Friday 06-26, 4 days and 7 hours before
    expect(alarmsOf(byUid.get(`${call.id}-application@callwatch`)!.component).map((a) => a.seconds)).toEqual([
      -(14 * day + 7 * 3600),
      -(7 * day + 7 * 3600),
      -(4 * day + 7 * 3600),
      -7 * 3600,
    ]);
  });

  it('keeps a dismissed item in the feed without reminders', () => {
    expect(alarmsOf(byUid.get(`${dismissed.id}-other@callwatch`)!.component)).toEqual([]);
  });

  it('gives the same body, UIDs and ETag for the same data in any order', async () => {
    const again = await feed([dismissed, fair, deleted, event, call]);
    expect(again).toBe(text);
    expect(feedEtag(again)).toBe(feedEtag(text));
  });

  it('raises SEQUENCE after a change and keeps the UID', async () => {
    const changed = parse(await feed([{ ...call, title: 'Nakopa 2026 (neu)', rev: 12, updatedAt: '2026-03-05T09:00:00.000Z' }]));
    const skizze = changed.byUid.get(`${call.id}-interest@callwatch`)!.event;
    expect(skizze.sequence).toBe(12);
    expect(skizze.summary).toBe('Projektskizze: Nakopa 2026 (neu)');
  });

  it('keeps the UID of a moved deadline, with a higher SEQUENCE and the new date', async () => {
    const moved = parse(await feed([{ ...call, rev: 8, deadlines: [{ ...call.deadlines[0], date: '2026-04-17' }, call.deadlines[1]] }]));
    expect(moved.events.map((e) => e.event.uid).sort()).toEqual([`${call.id}-application@callwatch`, `${call.id}-interest@callwatch`]);
    const skizze = moved.byUid.get(`${call.id}-interest@callwatch`)!.event;
    expect(skizze.startDate.toString()).toBe('2026-04-17');
    expect(skizze.sequence).toBeGreaterThan(byUid.get(`${call.id}-interest@callwatch`)!.event.sequence);
  });

  it('tells deadlines of the same kind apart by their place among that kind', async () => {
    const stichtage: FeedItem = {
      ...call,
      deadlines: [
        { date: '2026-09-30', label: '2. Stichtag', kind: 'application' },
        { date: '2026-03-31', label: '1. Stichtag', kind: 'application' },
        { date: '2026-03-31', label: '1. Stichtag (doppelt)', kind: 'application' },
      ],
    };
    const parsed = parse(await feed([stichtage]));
    expect(parsed.events.map((e) => [e.event.uid, e.event.startDate.toString()])).toEqual([
      [`${call.id}-application-2@callwatch`, '2026-03-31'],
      [`${call.id}-application@callwatch`, '2026-09-30'],
    ]);
  });

  it('puts the calendar properties before its components and ends every line, the last too, with CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line, i, lines) => i === lines.length - 1 ? line === '' : !line.includes('\n') && !line.includes('\r'))).toBe(true);
    const lines = text.split('\r\n');
    const firstComponent = lines.findIndex((line, i) => i > 0 && line.startsWith('BEGIN:'));
    const topLevelAfter: string[] = [];
    let depth = 0;
    for (const line of lines.slice(firstComponent, -2)) {
      if (line.startsWith('BEGIN:')) depth++;
      else if (line.startsWith('END:')) depth--;
      else if (depth === 0) topLevelAfter.push(line);
    }
    expect(topLevelAfter).toEqual([]);
    expect(lines.slice(1, firstComponent).map((line) => line.split(/[:;]/)[0])).toEqual(
      expect.arrayContaining(['VERSION', 'PRODID', 'URL', 'X-WR-CALNAME', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'X-WR-TIMEZONE']),
    );
  });

  it('leaves out dates outside the schema years and items it cannot write, and says so; the rest stays', async () => {
    const openEnded: FeedItem = { ...call, id: '0190a7f0-0000-7000-8000-000000000006', deadlines: [{ date: '9999-12-31', label: 'Antragsfrist', kind: 'application' }, call.deadlines[0]] };
    const ancient: FeedItem = { ...event, id: '0190a7f0-0000-7000-8000-000000000007', start: '0001-01-01', end: null, deadlines: [{ date: '0001-01-01', time: '10:00', label: 'Anmeldung', kind: 'registration' }] };
    const broken: FeedItem = { ...call, id: '0190a7f0-0000-7000-8000-000000000008', updatedAt: 'kaputt' };
    const skipped: { itemId: string; reason: string }[] = [];
    const body = await buildIcsFeed({ team, items: [openEnded, ancient, broken, fair], rules: defaultAlertRules(), onSkip: (s) => skipped.push(s) });
    const parsed = parse(body);
    expect(parsed.events.map((e) => e.event.uid).sort()).toEqual([`${fair.id}-event@callwatch`, `${openEnded.id}-interest@callwatch`].sort());
    expect(body).not.toMatch(/9999|00010101/);
    expect(skipped.map((s) => s.itemId)).toEqual([openEnded.id, ancient.id, broken.id]);
    expect(skipped[2].reason).toMatch(/stamp/);
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('writes the same feed under Pacific/Kiritimati and America/Santiago', async () => {
      for (const tz of ['Pacific/Kiritimati', 'America/Santiago']) {
        process.env.TZ = tz;
        expect(await feed([call, event, fair, deleted, dismissed])).toBe(text);
      }
    });
  });
});

describe('feed ETag', () => {
  it('changes with the body and matches If-None-Match lists and weak tags', () => {
    const tag = feedEtag('BEGIN:VCALENDAR');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(feedEtag('BEGIN:VCALENDAR ')).not.toBe(tag);
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });
});
