/**
 * The page's own clock: times written without a zone on a page outside Berlin's zone are that place's local time, and
 * the corpus and the data model keep Berlin wall-clock time (a UK council's "5pm" is 18:00 in Berlin in winter).
 */
import { describe, expect, it } from 'vitest';
import { pageClock, piecesHoldAddressHint } from '../../../shared/extract/dates/page-clock.ts';
import { clean } from '../../../shared/extract/page.ts';
import { readZone } from '../../../shared/extract/dates/timezones.ts';
import { page, run } from './helpers.ts';

const zoneOf = (url: string, text = '', whole = '') => {
  const zone = pageClock(url, text, () => whole);
  return zone?.kind === 'region' ? zone.zone : null;
};

describe('the page clock', () => {
  it.each([
    ['https://www.colchester.gov.uk/news/grant', 'Europe/London'],
    ['https://www.kildare.ie/community/grants', 'Europe/Dublin'],
    ['https://www.marlborough.govt.nz/grants', 'Pacific/Auckland'],
    ['https://www.tr.qld.gov.au/grants', 'Australia/Brisbane'],
    ['https://www.albany.wa.gov.au/events', 'Australia/Perth'],
    ['https://news.example.com.au/grants', 'Australia/Sydney'],
    ['https://meia.mb.ca/events/webinar', 'America/Winnipeg'],
    ['https://www.pca.state.mn.us/news', 'America/Chicago'],
    ['https://www.dca.ga.gov/grants', 'America/New_York'],
    ['https://www.ani.pt/news', 'Europe/Lisbon'],
  ])('reads %s in %s', (url, zone) => {
    expect(zoneOf(url)).toBe(zone);
  });

  it('leaves pages of Berlin’s clock (and hosts that tell nothing) in Berlin time', () => {
    for (const url of ['https://www.engagement-global.de/aufruf', 'https://www.wien.gv.at/x', 'https://ec.europa.eu/y', 'https://example.org/z', 'not a url']) {
      expect(zoneOf(url)).toBeNull();
    }
  });

  it('reads the postal address of a page whose host names no country, its main text before its footer', () => {
    expect(zoneOf('https://www.cityofevanston.org/calendar', 'Lorraine H. Morton Civic Center, 2100 Ridge Ave, Evanston, IL 60201')).toBe('America/Chicago');
    expect(zoneOf('https://industry.example.com/x', 'no address here', '© 2020 · 250 Church St SE, Salem, OR 97301')).toBe('America/Los_Angeles');
    expect(zoneOf('https://example.org/x', '', 'Rowan House, 33 Sheepen Road, Colchester CO3 3WG')).toBe('Europe/London');
    expect(zoneOf('https://example.net/x', '', 'PO Box 111, Kyneton VIC 3444')).toBe('Australia/Melbourne');
    expect(zoneOf('https://example.com/x', '', '101 Town Centre Blvd, Markham, ON L3R 9W3')).toBe('America/Toronto');
  });

  it('takes the page’s own declaration over its host', () => {
    expect(zoneOf('https://www.narc.org/x', 'All times below are Eastern Time (ET).')).toBe('America/New_York');
    expect(zoneOf('https://www.example.gov.uk/x', 'All times are given in CET.')).toBeNull();
    expect(pageClock('https://example.org/x', 'All times are given in UTC.', () => '')).toMatchObject({ kind: 'offset', minutes: 0 });
    // German plurals: "Zeiten", "Uhrzeiten", "Zeitangaben", "Uhrzeitangaben"
    for (const words of ['Alle Zeiten in UTC.', 'Alle Uhrzeiten sind in UTC angegeben.', 'Alle Zeitangaben in UTC.']) {
      expect(pageClock('https://example.org/x', words, () => '')).toMatchObject({ kind: 'offset', minutes: 0 });
    }
  });

  it('finds a declaration in any case and an address among many lines without one (both searched only where their letters stand)', () => {
    expect(pageClock('https://example.org/x', 'Programm. ALLE UHRZEITANGABEN in UTC.', () => '')).toMatchObject({ kind: 'offset', minutes: 0 });
    expect(pageClock('https://example.org/x', 'All TIMES are given in UTC.', () => '')).toMatchObject({ kind: 'offset', minutes: 0 });
    const lines = 'Die Gemeinde informiert über Straßenbau und Öffnungszeiten.\n'.repeat(500);
    expect(zoneOf('https://example.org/x', `${lines}Rowan House, Colchester CO3 3WG\n${lines}`)).toBe('Europe/London');
    expect(zoneOf('https://example.org/x', lines, `${lines}250 Church St SE, Salem, OR 97301`)).toBe('America/Los_Angeles');
    expect(zoneOf('https://example.org/x', lines, lines)).toBeNull();
  });

  it('asks the whole page’s text nodes for an address’s capital and digit as the cleaned joined text would answer', () => {
    // every piece of up to two characters from a capital, a small letter, a digit, a space and a zero-width space (clean()
    // collapses both), three pieces at most
    const chars = ['A', 'b', '1', ' ', '\u200b'];
    const pieces = [''];
    for (const a of chars) pieces.push(a);
    for (const a of chars) for (const b of chars) pieces.push(a + b);
    let checked = 0;
    const wrong: string[][] = [];
    for (const p of pieces) for (const q of pieces) for (const r of pieces) {
      const parts = [p, q, r];
      if (piecesHoldAddressHint(parts) !== /[A-Z]\s*\d/.test(clean(parts.join('')))) wrong.push(parts);
      checked++;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBe(31 ** 3);
  });

  it('reads written place clocks and Australian and New Zealand abbreviations', () => {
    expect(readZone('UK time')).toMatchObject({ kind: 'region', zone: 'Europe/London' });
    expect(readZone('Irish time')).toMatchObject({ kind: 'region', zone: 'Europe/Dublin' });
    expect(readZone('Lisbon time')).toMatchObject({ kind: 'region', zone: 'Europe/Lisbon' });
    expect(readZone('AEDT')).toMatchObject({ kind: 'offset', minutes: 660 });
    expect(readZone('NZST')).toMatchObject({ kind: 'offset', minutes: 720 });
  });
});

describe('times read in the page clock', () => {
  const call = (time: string) =>
    page(`<main><h1>Voluntary Welfare Grant 2019/20</h1><p>Funding is open to voluntary groups that support local communities.</p>
      <p>The closing date for applications is ${time} on 21 November 2018.</p></main>`, { lang: 'en' });

  it('converts a UK council’s local deadline to Berlin time, and leaves the same page on a German host as written', () => {
    expect(run(call('5pm'), '2018-10-16', 'https://www.colchester.gov.uk/news/grant').items[0]).toMatchObject({ deadline: '2018-11-21T18:00' });
    expect(run(call('5pm'), '2018-10-16', 'https://www.example.de/news/grant').items[0]).toMatchObject({ deadline: '2018-11-21T17:00' });
  });

  it('keeps a zone the page writes beside the time', () => {
    expect(run(call('5pm CET'), '2018-10-16', 'https://www.colchester.gov.uk/news/grant').items[0]).toMatchObject({ deadline: '2018-11-21T17:00' });
    expect(run(call('5pm (UK time)'), '2018-10-16', 'https://www.example.de/news/grant').items[0]).toMatchObject({ deadline: '2018-11-21T18:00' });
  });

  it('moves a time read apart from its date to the Berlin day it falls on', () => {
    const html = page(`<main><h1>Community Budget Conversation</h1><p>Residents are invited to an online conversation on the city budget.</p>
      <p><strong>Date:</strong> September 10, 2020</p><p><strong>Time:</strong> 6:00 PM - 7:30 PM</p>
      <p>Location: Zoom video conference</p></main>
      <footer>Civic Center, 2100 Ridge Ave, Evanston, IL 60201</footer>`, { lang: 'en' });
    expect(run(html, '2020-09-02', 'https://www.cityofevanston.org/calendar/16181').items[0]).toMatchObject({ start: '2020-09-11T01:00', end: '2020-09-11T02:30' });
    expect(run(html, '2020-09-02', 'https://www.example.de/kalender/16181').items[0]).toMatchObject({ start: '2020-09-10T18:00', end: '2020-09-10T19:30' });
  });
});
