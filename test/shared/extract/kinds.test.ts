/**
 * What becomes an item, and of which kind: a programme without a deadline is a call, an information evening on a
 * call's page is an event; a job advertisement and council or committee sessions are no item.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { page, run } from './helpers.ts';

describe('what is not a call, and what is one', () => {
  it('makes no call of a job advertisement with an application deadline', () => {
    const html = page(`<main><h1>Referent*in für Städtepartnerschaften (m/w/d)</h1>
      <p>Die Stadt sucht zum 01.03.2026 eine Fachkraft in Vollzeit, Entgeltgruppe 10 TVöD.</p><p><strong>Bewerbungsfrist: 15.01.2026</strong></p></main>`);
    expect(run(html, '2025-12-01').items).toEqual([]);
  });

  it('keeps a call that funds staff positions (pay scale words alone are no job advertisement)', () => {
    const html = page(`<main><h1>Förderaufruf Koordinationsstellen 2026</h1>
      <p>Gefördert werden Personalstellen in Vollzeit oder Teilzeit bis Entgeltgruppe 13 TVöD. Antragsfrist: 31.03.2026.</p></main>`);
    expect(run(html, '2026-01-10').items.map((i) => [i.kind, i.deadline])).toEqual([['call', '2026-03-31']]);
  });

  it('keeps a programme that invites applications now, without a deadline, as a call', () => {
    const html = page(`<main><h1>Kommunale Wasserpartnerschaften</h1>
      <p>Das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) unterstützt Kommunen mit einem Zuschuss.</p>
      <p>Sie stellen Ihren Antrag über das Online-Portal von Engagement Global.</p><p>Stand: 14.02.2025</p></main>`);
    const { items } = run(html, '2025-03-10');
    expect(items.map((i) => [i.kind, i.title, i.deadline, i.organizer])).toEqual([['call', 'Kommunale Wasserpartnerschaften', null, 'BMZ']]);
  });
});

describe('what is no item', () => {
  it('makes no events of council and committee sessions', () => {
    const html = page(`<main><h1>Sitzungstermine</h1><p>Die Sitzungen sind öffentlich.</p>
      <table><tr><th>Datum</th><th>Gremium</th><th>Ort</th></tr>
      <tr><td>04.09.2025</td><td>Haupt- und Finanzausschuss</td><td>Rathaus</td></tr>
      <tr><td>25.09.2025</td><td>Stadtverordnetenversammlung</td><td>Stadthalle</td></tr>
      <tr><td>13.11.2025</td><td>Gemeinderat</td><td>Rathaus</td></tr></table></main>`);
    expect(run(html, '2025-09-01').items).toEqual([]);
  });

  it('makes no event of a committee\u2019s public session page', () => {
    const html = page(`<main><h1>Sitzung des Ausschusses für Umwelt und Klima</h1><table><tr><th>Datum:</th><td>Do, 19.03.2026</td></tr><tr><th>Zeit:</th><td>17:00 - 19:30</td></tr></table>
      <p>Die öffentliche Sitzung beginnt um 17:00 Uhr. Zuhörerinnen und Zuhörer sind willkommen.</p></main>`);
    expect(run(html, '2026-03-13').items).toEqual([]);
  });
});

describe('info evenings', () => {
  it('makes an event of an "Informationsabend am …" section on a call’s page', () => {
    const html = page(`<main><h1>Projektaufruf Faire Gemeinde 2026</h1><p>Projektskizzen können bis zum 15. Juni 2026 eingereicht werden.</p>
      <h2>Informationsabend</h2><p>Interessierte sind zum Informationsabend am Dienstag, 21. April, von 17:30 bis 19:00 Uhr im Rathaus, Markt 1, 91522 Ansbach, eingeladen.</p></main>`);
    const { items } = run(html, '2026-03-25');
    expect(items.map((i) => [i.kind, i.deadline, i.start, i.end, i.location])).toEqual([
      ['call', '2026-06-15', null, null, null],
      ['event', null, '2026-04-21T17:30', '2026-04-21T19:00', 'Ansbach'],
    ]);
  });
});

describe('a tie between an event\u2019s and a call\u2019s words', () => {
  it('goes to the call when the unit has a deadline to act by (a grant beside its information session)', () => {
    const html = page(`<main><h2>Foundation Hosts Grants Workshop</h2>
      <p>The Community Foundation will hold a grant writing workshop for local nonprofit organizations. The session is free, and a second session follows.</p>
      <p>The next deadline for applications to the Community Needs Grant Program is August 1st, 2014.</p></main>`, { lang: 'en' });
    const result = extract({ view: cheerioView(html), url: 'https://example.org/news', now: new Date('2014-06-25T12:00:00Z'), roles: null, titleModel: null, locationModel: null, segmenter: null });
    expect(result.diagnostics.some((d) => d.message.includes('kind scores: event 10, call 10'))).toBe(true);
    expect(result.items.map((i) => [i.kind, i.deadline])).toEqual([['call', '2014-08-01']]);
  });
});
