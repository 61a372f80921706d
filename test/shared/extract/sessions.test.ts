/** An event offered on several separate days of one announcement: one item per day (sessions.ts). */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

const items = (html: string, now: string) => run(html, now, 'https://www.amt.example/meldungen/webinare').items.map((i) => [i.kind, i.title, i.start, i.end]);

describe('sessions of one event', () => {
  it('gives each day of one sentence an item with the hours the sentence gives for all, and each its registration deadline', () => {
    const html = page(`<main><h1>Auftaktwebinare zum Energiesparfestival</h1>
      <p>Wie man ein Festival ausrichtet, erfahren Sie in zwei Auftaktwebinaren am 23.06.2026 und am 16.09.2026, jeweils von 14:00 bis 16:30 Uhr.</p>
      <p>Für das erste Auftaktwebinar melden Sie sich bis zum 19.06.2026 per E-Mail an; die Teilnahme ist kostenlos.</p></main>`);
    const result = run(html, '2026-06-10', 'https://www.amt.example/meldungen/webinare');
    expect(items(html, '2026-06-10')).toEqual([
      ['event', 'Auftaktwebinare zum Energiesparfestival', '2026-06-23T14:00', '2026-06-23T16:30'],
      ['event', 'Auftaktwebinare zum Energiesparfestival', '2026-09-16T14:00', '2026-09-16T16:30'],
    ]);
    expect([deadlineValues(result, 0), deadlineValues(result, 1)]).toEqual([['2026-06-19'], []]);
  });

  it('keeps one item for an event over consecutive days or a span with its programme days', () => {
    const html = page(`<main><h1>Fachtagung Kommunale Partnerschaften</h1>
      <p>Die Fachtagung findet vom 12. bis 14. Juni 2026 in Leipzig statt.</p>
      <p>Programm: 12. Juni 2026, 14:00 Uhr Eröffnung; 14. Juni 2026, 9:30 Uhr Abschluss.</p></main>`);
    expect(items(html, '2026-03-01').length).toEqual(1);
  });

  it('reads two days across the end of a month as consecutive: one event, not two sessions', () => {
    const html = page(`<main><h1>Workshop Bürgerbeteiligung</h1>
      <p>Der Workshop findet am 30.04.2026 und am 01.05.2026 statt, jeweils von 10:00 bis 16:00 Uhr.</p></main>`);
    expect(items(html, '2026-03-01').length).toEqual(1);
  });

  it('keeps the event of the page and adds each further day its sentence gives with its own town, also on consecutive days', () => {
    const html = page(`<main><h1>Regionalkonferenz Süd zum Landesprogramm Demokratie</h1>
      <p>Das Landesprogramm soll gemeinsam mit Akteurinnen und Akteuren aus allen Regionen weiterentwickelt werden.</p>
      <dl><dt>Termin</dt><dd>24. März 2026, 10.00 - 16.00 Uhr</dd><dt>Ort</dt><dd>Franckeplatz 1, 06110 Halle (Saale)</dd></dl>
      <p>Weitere Regionalkonferenzen folgen am 31. März 2026 in Staßfurt, am 04. April 2026 in Gardelegen und am 05. April 2026 in Dessau-Roßlau.</p></main>`);
    const result = run(html, '2026-02-20', 'https://www.amt.example/meldungen/konferenz');
    expect(result.items.map((i) => [i.kind, i.start, i.location])).toEqual([
      ['event', '2026-03-24T10:00', expect.anything()],
      ['event', '2026-03-31', 'Staßfurt'],
      ['event', '2026-04-04', 'Gardelegen'],
      ['event', '2026-04-05', 'Dessau-Roßlau'],
    ]);
  });

  it('reads a list of bare dates under the event as its days, one item each', () => {
    const html = page(`<main><h1>Onlineseminar: Die kommunale Ratsarbeit</h1>
      <h2>Termine dieser Reihe</h2>
      <ul><li>Mittwoch, 12.03.2026 · Online</li><li>Mittwoch, 09.04.2026 · Online</li></ul>
      <p>Unser Dozent vermittelt die rechtlichen Grundlagen der Tätigkeit kommunaler Räte mit vielen Beispielen.</p></main>`);
    expect(items(html, '2026-02-20').map((i) => i.slice(0, 3))).toEqual([
      ['event', 'Onlineseminar: Die kommunale Ratsarbeit', '2026-03-12'],
      ['event', 'Onlineseminar: Die kommunale Ratsarbeit', '2026-04-09'],
    ]);
  });
});
