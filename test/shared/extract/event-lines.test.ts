/**
 * Events told in lines (event-lines.ts): a date no cue explains, with the name part of its entry, becomes an event item
 * when the learned decision says so — here a hand-set model that accepts every entry with a clock time, so the tests
 * assert the mechanism (candidates, name part, hours, no second item for a day an item has), not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { EventLineCandidate, EventLineModel } from '../../../shared/extract/event-lines.ts';
import { page } from './helpers.ts';

/** accepts a candidate whose entry gives a clock time, nothing else */
const timed: EventLineModel = { threshold: 0.5, model: { classes: ['other', 'event'], bias: [0, -2], weights: { time: [0, 4] } } };

const read = (html: string, now: string, eventLines: EventLineModel | null, trace?: (c: EventLineCandidate) => void) =>
  extract({ view: cheerioView(html), url: 'https://example.org/news', now: new Date(`${now}T12:00:00Z`), eventLines, traceEventLines: trace }).items;

const newsletter = page(`<main><h1>Aus der Region</h1>
  <p>Der Landkreis erarbeitet ein neues Konzept. Bürgerinnen und Bürger können sich beteiligen.</p>
  <p><b>Kommunale Liegenschaften</b></p><ul><li>01.06. von 15:00 bis 16:30 Uhr</li></ul>
  <p><b>Erneuerbare Energien und regionale Wertschöpfung</b></p><ul><li>09.06. von 17:00 bis 18:30 Uhr</li></ul>
  <p>Die Geschäftsstelle ist vom 22.07. bis 16.08. geschlossen.</p></main>`);

describe('events told in lines', () => {
  it('makes an event of each accepted line: the bold line before it names it, its hours are its time', () => {
    const items = read(newsletter, '2021-05-26', timed);
    expect(items.filter((i) => i.kind === 'event').map((i) => [i.title, i.start, i.end])).toEqual([
      ['Kommunale Liegenschaften', '2021-06-01T15:00', '2021-06-01T16:30'],
      ['Erneuerbare Energien und regionale Wertschöpfung', '2021-06-09T17:00', '2021-06-09T18:30'],
    ]);
  });

  it('offers every date no cue explains and no item took as a candidate, and makes nothing of them without a decision', () => {
    const seen: string[] = [];
    const items = read(newsletter, '2021-05-26', null, (c) => seen.push(c.day));
    // the page's own item takes the first date (assemble.ts: the coming date of an event told without cues)
    expect(items.map((i) => i.start?.slice(0, 10))).toEqual(['2021-06-01']);
    expect(seen).toEqual(['2021-06-09', '2021-07-22']);
  });

  it('makes no second item for a day an item of the page already starts on', () => {
    const html = page(`<main><h1>Workshop Klimaschutz</h1><p>Termin: 01.06.2021, 15:00 Uhr</p><p>Ort: Rathaus, Markt 1, 99706 Sondershausen</p>
      <p>Ablauf: 01.06. 15:00 Uhr Begrüßung</p></main>`);
    const items = read(html, '2021-05-26', timed);
    expect(items.map((i) => [i.kind, i.start?.slice(0, 10)])).toEqual([['event', '2021-06-01']]);
  });
});

describe('what a candidate line’s surroundings say', () => {
  const featuresOf = (html: string) => {
    const seen = new Map<string, string[]>();
    read(html, '2021-05-26', null, (c) => seen.set(c.day, c.features));
    return seen;
  };

  it('reads a day right after an event the page already has (its next day)', () => {
    const seen = featuresOf(page(`<main><h1>Fachforum Wärmewende</h1><p>Termin: 10.06.2021, 9:00 Uhr</p><p>Ort: Stadthalle, Markt 1, 99706 Sondershausen</p>
      <p>Am Folgetag: 11.06. Besichtigung des Heizwerks</p><p>Nächstes Forum: 24.06. in Erfurt</p></main>`));
    expect(seen.get('2021-06-11')).toContain('after-event');
    expect(seen.get('2021-06-24')).not.toContain('after-event');
  });

  it('reads the heading over the line when it calls the line’s event off', () => {
    const seen = featuresOf(page(`<main><h1>Termine im Juni</h1><h2>Stadtspaziergang zur Fernwärme</h2><p>Treffpunkt 17.06. um 14 Uhr am Marktplatz</p>
      <h2>Entfällt: Radtour zum Solarpark</h2><p>Treffpunkt 24.06. um 10 Uhr am Bahnhof</p></main>`));
    expect(seen.get('2021-06-24')).toContain('heading:cancelled');
    expect(seen.get('2021-06-17') ?? []).not.toContain('heading:cancelled');
  });
});
