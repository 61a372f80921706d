/**
 * kind "ics": an agency's iCalendar feed. Every VEVENT that is not cancelled and not over is an event; calendars
 * carry structured dates, so the extractor is not needed.
 */
import { instantToWallTime } from '../../../shared/alerts.ts';
import { LIMITS } from '../../../shared/schema.ts';
import { itemUrl } from '../found.ts';
import { ScrapeError } from '../scrape-error.ts';
import { looksLikeCalendar, readCalendarEvents, type CalendarEvent } from './ics-events.ts';
import { openSource, type Reader, type SourceFind } from './types.ts';

const ONLINE = /^(online|zoom|webex|microsoft teams|teams|webinar|digital|virtuell)\b/i;
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The city of a LOCATION ("Rathaus, Markt 1, 06618 Naumburg" → "Naumburg"); "online" for virtual ones. */
function place(location: string | null): string | null {
  if (!location) return null;
  if (ONLINE.test(location.trim()) || /^https?:\/\//i.test(location.trim())) return 'online';
  const parts = location.split(',').map((p) => p.trim()).filter(Boolean);
  const withPostcode = parts.map((p) => /^\d{5}\s+(.+)$/.exec(p)?.[1]).find(Boolean);
  return cut(withPostcode ?? parts[parts.length - 1] ?? location.trim(), LIMITS.shortText);
}

function toFind(event: CalendarEvent, calendarUrl: string): SourceFind {
  return {
    kind: 'event',
    title: cut(event.title.replace(/\s+/g, ' '), LIMITS.title),
    url: itemUrl(event.url, calendarUrl) ?? calendarUrl,
    summary: cut(event.description.replace(/[ \t]+/g, ' ').trim(), LIMITS.summary),
    organizer: null,
    location: place(event.location),
    deadlines: [],
    start: event.start,
    end: event.end,
    programme: null,
    amount: null,
    pageUrl: calendarUrl,
    ...(event.uid ? { key: `uid:${event.uid}` } : {}),
  };
}

export const icsReader: Reader = {
  async read(ctx) {
    const { url } = ctx.source;
    const { page: calendar, result } = await openSource(ctx);
    if (calendar.notModified) return result;
    if (!looksLikeCalendar(calendar.html)) throw new ScrapeError('unreadable', `${url} is not an iCalendar file.`, { url });
    const today = instantToWallTime(ctx.now.getTime()).date;
    const finds = readCalendarEvents(calendar.html)
      .filter((e) => !e.cancelled && e.title !== '' && e.start !== null)
      // an event that is over is history, not something to attend
      .filter((e) => (e.end ?? e.start!).slice(0, 10) >= today)
      .map((e) => toFind(e, url));
    result.finds.push(...finds);
    return result;
  },
};
