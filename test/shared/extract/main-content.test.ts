/**
 * What is a page's content and what is chrome: section boxes of site-builder markup without <main>, a side column of
 * dated links, a sidebar box that holds an event's own facts.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, fields, page, run } from './helpers.ts';

describe('main content in site-builder markup', () => {
  it('keeps every section box of a page without <main> (each section in its own div)', () => {
    const html = page(`<div id="header"><div class="logo">Förderportal</div><div class="navMain"><a href="/">Start</a></div></div>
      <div id="content"><h1>Förderaufruf Partnerschaften 2025</h1>
        <div class="text">
          <div class="box"><h2>Gegenstand</h2><p>Gefördert werden gemeinsame Vorhaben von Kommunen mit ihren Partnern im Globalen Süden, vor allem Bildung und Wasser.</p></div>
          <div class="box"><h2>Höhe</h2><p>Der Zuschuss beträgt bis zu 30.000 Euro je Vorhaben; ein Eigenanteil von zehn Prozent ist nachzuweisen.</p></div>
          <div class="box"><h2>Antragstellung</h2><p>Anträge über das Portal. <strong>Antragsfrist: 30.09.2025, 12:00 Uhr</strong></p></div>
        </div></div>
      <div id="footer"><p>Telefon 06131 16-0 · Stand 12.06.2025 · Einsendeschluss für Fotos 01.08.2025</p></div>`);
    const { items } = run(html, '2025-07-01');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'call', deadline: '2025-09-30T12:00' });
    expect(deadlineValues({ items, diagnostics: [] })).toEqual(['2025-09-30T12:00']);
  });
});

describe('page structure', () => {
  it('treats a "col-right" column of dated Termine as chrome', () => {
    const html = page(`<div class="container"><div class="col-left"><h1>Neue Fahrradstraße freigegeben</h1>
      <p>Bad Oldesloe, 03.03.2026</p><p>Seit Montag ist die Hamburger Straße eine Fahrradstraße. Die Bauarbeiten hatten im September 2025 begonnen und kosteten rund 420.000 Euro.</p></div>
      <div class="col-right"><div class="box"><h3>Termine</h3><p><b>12.03.2026, 19:00 Uhr</b><br>Infoabend Städtepartnerschaft</p>
      <p><b>21.03.2026</b><br>Workshop Fördermittel, Anmeldung bis 16.03.2026</p></div></div></div>`);
    expect(run(html, '2026-03-04').items).toEqual([]);
  });

  it('reads a sidebar box with an event\u2019s own facts and no link as content, and an "Info-Veranstaltung zum Aufruf" as an event', () => {
    const html = page(`<main><h1>Förderaufruf Nachhaltigkeit 2026</h1><p class="date">Veröffentlicht am 12.01.2026</p><p><strong>Einreichungsfrist: 13. März 2026</strong></p></main>
      <aside class="sidebar"><div class="box"><h3>Info-Veranstaltung zum Aufruf</h3><p>Am 5. Februar, 10:00–11:30 Uhr, online (Zoom): Wir stellen den Aufruf vor.</p></div>
      <div class="box"><h3>Workshop Klima</h3><p><a href="/termine/klima">Workshop am 12.05.2026, 10:00 Uhr</a></p></div></aside>`);
    expect(fields(html, '2026-01-20').map((f) => f.slice(0, 5))).toEqual([
      ['call', 'Förderaufruf Nachhaltigkeit 2026', null, null, null],
      ['event', 'Info-Veranstaltung zum Aufruf', '2026-02-05T10:00', '2026-02-05T11:30', 'online'],
    ]);
  });
});
