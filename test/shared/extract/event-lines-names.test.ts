/**
 * The names of event-line items (event-lines.ts): an event told in a sentence is named by the sentence's event noun
 * phrase ("Vortrag über Ernährung"), a quoted name first; a list's line keeps its name part. A hand-set model accepts
 * every entry with a clock time, so the tests assert the naming, not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { EventLineModel } from '../../../shared/extract/event-lines.ts';
import { page } from './helpers.ts';

const timed: EventLineModel = { threshold: 0.5, model: { classes: ['other', 'event'], bias: [0, -2], weights: { time: [0, 4] } } };

const titles = (body: string, lang = 'de') =>
  extract({ view: cheerioView(page(body, { lang })), url: 'https://example.org/programm', now: new Date('2027-03-01T12:00:00Z'), eventLines: timed })
    .items.filter((i) => i.kind === 'event')
    .map((i) => [i.title, i.start]);

const opener = `<h1>Programm im Frühjahr</h1><p>Workshop Stadtgrün. Termin: 05.03.2027, 10:00 Uhr, Rathaus.</p>`;

describe('the names of events told in lines', () => {
  it('names an event told in a sentence by its event noun and its complement, not the sentence head', () => {
    const items = titles(`<main>${opener}
      <p>Für Dienstag, 14.03.2027, 19 Uhr, plant die Volkshochschule eine Exkursion durch den Stadtwald mit dem Förster. Der Eintritt ist frei.</p></main>`);
    expect(items).toContainEqual(['Exkursion durch den Stadtwald mit dem Förster', '2027-03-14T19:00']);
  });

  it('takes the noun phrase before the date in a sentence that opens with it', () => {
    const items = titles(`<main>${opener}
      <p>Die Stadtbibliothek bietet einen Workshop zum Thema Energiesparen am 21.03.2027 ab 18 Uhr für alle Interessierten an.</p></main>`);
    expect(items).toContainEqual(['Workshop zum Thema Energiesparen', '2027-03-21T18:00']);
  });

  it('prefers a quoted name in the sentence', () => {
    const items = titles(`<main>${opener}
      <p>Der Verein zeigt im Rahmen der Reihe „Wasser in der Stadt“ zum Jahresbeginn – 21.03.2027 um 18 Uhr im großen Saal.</p></main>`);
    expect(items).toContainEqual(['Wasser in der Stadt', '2027-03-21T18:00']);
  });

  it('keeps the name part of a list line', () => {
    const items = titles(`<main>${opener}<ul><li>Seminar Haushaltsrecht – 21.03.2027, 18:00 Uhr, Rathaus</li>
      <li>Workshop Beteiligung – 28.03.2027, 18:00 Uhr, Rathaus</li></ul></main>`);
    expect(items).toContainEqual(['Seminar Haushaltsrecht', '2027-03-21T18:00']);
  });

  it('names an English sentence by its event noun phrase', () => {
    const items = titles(`<main><h1>Spring programme</h1><p>Workshop on green spaces. Date: 5 March 2027, 10:00, town hall.</p>
      <p>The agency will host a webinar on the new funding programme on 14 March 2027 at 3 pm for all applicants.</p></main>`, 'en');
    expect(items).toContainEqual(['webinar on the new funding programme', '2027-03-14T15:00']);
  });
});
