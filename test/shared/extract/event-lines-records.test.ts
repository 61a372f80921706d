/**
 * The records of a listing seen by the event-line decision (event-lines.ts, features/event-lines.ts): a dated heading
 * over its record is named by the block below it, a lone date line with nothing named before it by the block after it
 * (the name shape "next", a feature of its own). A hand-set model accepts every entry with a clock time, so the tests
 * assert the candidates and their names, not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { EventLineCandidate, EventLineModel } from '../../../shared/extract/event-lines.ts';
import { page } from './helpers.ts';

const timed: EventLineModel = { threshold: 0.5, model: { classes: ['other', 'event'], bias: [0, -2], weights: { time: [0, 4] } } };

const candidates = (body: string, lang = 'de') => {
  const seen: EventLineCandidate[] = [];
  const items = extract({ view: cheerioView(page(body, { lang })), url: 'https://example.org/termine', now: new Date('2027-03-01T12:00:00Z'), eventLines: timed, traceEventLines: (c) => seen.push(c) }).items;
  return { seen, items };
};

/** the page's own item: it takes its date first, so the records below are left to the event lines */
const opener = (lang: string) => (lang === 'en' ? `<p>Urban forum. Date: 5 March 2027, 10:00, City Hall.</p>` : `<p>Workshop Stadtgrün. Termin: 05.03.2027, 10:00 Uhr, Rathaus.</p>`);

describe('the records of a listing', () => {
  it('names a dated heading by the block below it', () => {
    const { seen } = candidates(`<main><h1>Sessions</h1>${opener('en')}<p>Our team joins the regional week with two sessions.</p>
      <h3>Tuesday, 16 March 2027</h3><p>Mayors' agenda for cities and the region</p><p>17.00–18.00, Town Hall, room 52</p>
      <h3>Thursday, 18 March 2027</h3><p>Workshop on housing for displaced people</p><p>10.00–11.30, Town Hall, room 12</p></main>`, 'en');
    expect(seen.map((c) => [c.day, c.name, c.features.includes('name:next')])).toEqual([
      ['2027-03-16', "Mayors' agenda for cities and the region", true],
      ['2027-03-18', 'Workshop on housing for displaced people', true],
    ]);
  });

  it('names a lone date line by the block after it when nothing named stands before it', () => {
    const { seen } = candidates(`<main><h1>Kurse</h1>${opener('de')}<p>Unsere Kurse im Frühjahr:</p>
      <ul><li>Dienstag, 9. März 2027</li></ul><p>Kurs zum Bürgerrecht für neue Mitglieder</p></main>`);
    expect(seen.map((c) => [c.day, c.name, c.features.includes('name:next')])).toEqual([['2027-03-09', 'Kurs zum Bürgerrecht für neue Mitglieder', true]]);
  });

  it('keeps the line before a date line as its name (the block before comes first)', () => {
    const { seen } = candidates(`<main><h1>Kurse</h1>${opener('de')}<p>Unsere Kurse im Frühjahr.</p>
      <ul><li>Dienstag, 9. März 2027</li></ul><p>Kurs zum Bürgerrecht für neue Mitglieder</p></main>`);
    expect(seen.map((c) => [c.name, c.features.includes('name:prev')])).toEqual([['Unsere Kurse im Frühjahr.', true]]);
  });
});
