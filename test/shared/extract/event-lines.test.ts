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
