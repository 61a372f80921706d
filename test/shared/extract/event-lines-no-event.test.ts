/**
 * Dates a line tells that are no event (features/no-event-dates.ts): an office closed, an election or a vote held on
 * the day. The event-line decision is given them as features; the tests assert the features a candidate line gets,
 * not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { noEventDates } from '../../../shared/extract/features/no-event-dates.ts';
import { page } from './helpers.ts';

describe('dates a line tells that are no event', () => {
  it('reads an office’s closure and an election, in German and English', () => {
    expect(noEventDates('Die Geschäftsstelle ist vom 19. bis 22. April geschlossen.')).toEqual(['no-event:closure']);
    expect(noEventDates('Our office is closed on 24 December.')).toEqual(['no-event:closure']);
    expect(noEventDates('Vor der Europawahl am 9. Juni macht der Bus Halt.')).toEqual(['no-event:election']);
    expect(noEventDates('Am 9.6.2024 stehen die nächsten Kommunalwahlen an.')).toEqual(['no-event:election']);
    expect(noEventDates('The local elections on 2 May will decide …')).toEqual(['no-event:election']);
  });

  it('leaves events alone, a forum about an election and a selection included', () => {
    expect(noEventDates('Wahlforum mit den Kandidierenden am 3. Mai im Rathaus')).toEqual([]);
    expect(noEventDates('Die Auswahl der Projekte erfolgt am 3. Mai.')).toEqual([]);
    expect(noEventDates('Workshop Balkonsolar am 3. Mai, 18 Uhr')).toEqual([]);
  });

  it('gives a candidate line of a newsletter the feature, and its event lines not', () => {
    const html = page(`<main><h1>Aus der Region</h1><p>Der Landkreis erarbeitet ein neues Konzept.</p>
      <p><b>Kommunale Liegenschaften</b></p><ul><li>09.06. von 15:00 bis 16:30 Uhr</li></ul>
      <p>Die Geschäftsstelle ist vom 22.07. bis 16.08. geschlossen.</p></main>`);
    const seen = new Map<string, string[]>();
    extract({ view: cheerioView(html), url: 'https://example.org/news', now: new Date('2021-05-26T12:00:00Z'), eventLines: null, traceEventLines: (c) => seen.set(c.day, c.features) });
    expect(seen.get('2021-07-22')).toContain('no-event:closure');
    expect(seen.get('2021-06-09') ?? []).not.toContain('no-event:closure');
  });
});
