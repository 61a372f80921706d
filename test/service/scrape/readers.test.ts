import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverLinks } from '../../../service/scrape/discover-links.ts';
import { readFeedEntries } from '../../../service/scrape/readers/feed-entries.ts';
import { readCalendarEvents } from '../../../service/scrape/readers/ics-events.ts';
import { toFound } from '../../../service/scrape/found.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url), 'utf8');
const LISTING = 'http://agency.test/listing.html';

describe('link discovery on a listing page', () => {
  it('finds the teasers\' links in the main content without selectors, each once, tracking parameters aside', () => {
    const links = discoverLinks(fixture('listing.html'), LISTING).map((l) => new URL(l.url).pathname);
    expect(links).toEqual([
      '/calls/nakopa.html',
      '/calls/kleinprojektefonds.html',
      '/events/naumburg.html',
      '/news/radevormwald.html',
      '/private/intern.html',
      // a PDF is followed like a page: calls are published as PDF (service/pdf reads it)
      '/downloads/merkblatt-foerderung.pdf',
    ]);
  });

  it('leaves out navigation, breadcrumbs, sidebars, footers, other sites and pagination', () => {
    const urls = discoverLinks(fixture('listing.html'), LISTING).map((l) => l.url);
    for (const unwanted of ['/foerderprogramme/', '/aktuelles/', '/events/klaaf.html', '/impressum/', 'example.org', 'page=2']) {
      expect(urls.some((u) => u.includes(unwanted))).toBe(false);
    }
  });

  it('keeps the headline as a link\'s text when "Weiterlesen" links the same page', () => {
    const nakopa = discoverLinks(fixture('listing.html'), LISTING)[0];
    expect(nakopa.text).toMatch(/^Nakopa/);
  });

  it('follows a linkSelector or itemSelector instead of guessing', () => {
    expect(discoverLinks(fixture('listing.html'), LISTING, { linkSelector: 'aside a' }).map((l) => new URL(l.url).pathname)).toEqual(['/events/klaaf.html']);
    expect(discoverLinks(fixture('listing.html'), LISTING, { itemSelector: 'article.teaser', max: 2 })).toHaveLength(2);
  });
});

describe('feeds', () => {
  it('reads RSS items with links resolved against the feed', () => {
    const entries = readFeedEntries(fixture('feed.xml'), 'http://agency.test/feed.xml');
    expect(entries.map((e) => [e.title, e.link])).toEqual([
      ['Klaaf International – Offenes Treffen des Netzwerks', 'http://agency.test/events/klaaf.html'],
      ['Kleinprojektefonds kommunale Entwicklungspolitik', 'http://agency.test/calls/kleinprojektefonds.html'],
      ['Förderaufruf Kommunale Partnerschaften 2023', null],
    ]);
    // the entry's description is HTML, unescaped once
    expect(entries[2].html).toMatch(/^<p>Kommunen können/);
  });

  it('reads Atom entries and their alternate links', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title>Aufruf A</title><link rel="self" href="/self"/><link rel="alternate" href="https://agency.test/a.html"/><summary type="html">&lt;p&gt;Frist&lt;/p&gt;</summary></entry></feed>`;
    expect(readFeedEntries(atom, 'https://agency.test/atom.xml')).toEqual([{ title: 'Aufruf A', link: 'https://agency.test/a.html', html: '<p>Frist</p>' }]);
  });
});

describe('iCalendar', () => {
  const events = readCalendarEvents(fixture('events.ics'));

  it('reads every VEVENT with unfolded, unescaped text', () => {
    expect(events.map((e) => e.title)).toEqual([
      'Netzwerktreffen Kommunale Entwicklungspolitik, Region Ost',
      'Online-Seminar: Fördermittel für kommunale Partnerschaften',
      'Fachtag Fairer Handel in Kommunen',
      'Jahrestagung 2022 (Rückblick)',
      'Abgesagtes Treffen',
    ]);
    expect(events[0].description).toBe('Austausch der Kommunen zu Partnerschaften.\nAnmeldung erbeten.');
    expect(events[4].cancelled).toBe(true);
  });

  it('turns Berlin, UTC and all-day times into Berlin wall-clock values', () => {
    expect([events[0].start, events[0].end]).toEqual(['2023-09-20T10:00', '2023-09-20T16:30']);
    // 12:00 UTC in July is 14:00 in Berlin (CEST)
    expect([events[1].start, events[1].end]).toEqual(['2023-07-05T14:00', '2023-07-05T15:30']);
    // DTEND of an all-day event is exclusive
    expect([events[2].start, events[2].end]).toEqual(['2023-10-11', '2023-10-12']);
    expect(events[3].end).toBeNull();
  });

  it('converts a time in another named zone', () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=America/New_York:20230115T090000\r\nSUMMARY:Webinar\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(readCalendarEvents(ics)[0].start).toBe('2023-01-15T15:00');
  });
});

describe('drafts into finds', () => {
  it('keeps only valid deadlines, sorted, and limits text to the data model', () => {
    const found = toFound(
      { kind: 'call', title: `  ${'x'.repeat(600)} `, deadlines: [{ date: '2023-09-30', label: 'Antrag', kind: 'application' }, { date: '2027-02-30', label: '', kind: 'other' }, '2023-07-31T12:00'], url: '/calls/a.html' },
      'http://agency.test/listing.html',
    );
    expect(found?.title.length).toBe(500);
    expect(found?.deadlines.map((d) => `${d.date}${d.time ? `T${d.time}` : ''}`)).toEqual(['2023-07-31T12:00', '2023-09-30']);
    expect(found?.url).toBe('http://agency.test/calls/a.html');
    expect(toFound({ kind: 'call', title: '   ' }, 'http://agency.test/')).toBeNull();
  });
});
