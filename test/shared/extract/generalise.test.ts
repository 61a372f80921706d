/**
 * General rules found by running the extractor on pages it was not tuned on (test/fixtures/corpus/extra): site-builder
 * markup without <main>, calendar cards, field lists in one paragraph, extended deadlines, past rounds in news, years,
 * and who organizes a listing's entries.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

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

describe('calendar cards', () => {
  it('gives each card the date that stands above its heading', () => {
    const card = (date: string, title: string, meta: string) =>
      `<div class="event"><div class="event__date">${date}</div><div class="event__body"><h3><a href="#">${title}</a></h3><p>${meta}</p></div></div>`;
    const html = page(`<main><h1>Veranstaltungen</h1><p>Unsere Termine für Kommunen und Initiativen im Überblick.</p>
      ${card('12.06.2024', 'Fachtag Faire Beschaffung', 'Bonn · ganztägig')}
      ${card('24.09.2024', 'Online-Seminar Einstieg', 'Online · 10:00 bis 12:00 Uhr')}
      ${card('06.11.2024', 'Workshop Partnerschaften', 'Leipzig · Anmeldung bis 25.10.2024')}</main>`);
    const { items } = run(html, '2024-09-10');
    expect(items.map((i) => [i.title, i.start, i.end, i.location, i.deadline])).toEqual([
      ['Online-Seminar Einstieg', '2024-09-24T10:00', '2024-09-24T12:00', 'online', null],
      ['Workshop Partnerschaften', '2024-11-06', null, 'Leipzig', '2024-10-25'],
    ]);
  });
});

describe('field lists in one paragraph', () => {
  it('reads every <br> line under its own label', () => {
    const html = page(`<main><h1>Annual Forum 2025</h1><p>City officials meet to discuss partnerships and the SDGs in a two-day forum.</p>
      <p><b>When:</b> 14–15 May 2025, 9:00 to 17:30<br><b>Where:</b> City Hall, Friedrich-Schmidt-Platz 1, 1010 Vienna, and online<br>
      <b>Organiser:</b> Cities for Development network<br><b>Registration:</b> Registration closes on 30 April 2025.</p></main>`, { lang: 'en' });
    const { items } = run(html, '2025-04-10');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', start: '2025-05-14T09:00', end: '2025-05-15T17:30', deadline: '2025-04-30', location: 'Vienna', organizer: 'Cities for Development network' });
  });
});

describe('deadlines', () => {
  it('drops the date an extension replaced', () => {
    const html = page(`<main><h1>Projektaufruf Nachhaltige Kommune 2030</h1><p class="date">03.02.2025</p>
      <p><strong>Update:</strong> Die Frist wurde bis zum 14. April verlängert.</p>
      <p>Reichen Sie eine Projektskizze ein. Einsendeschluss ist der 31. März 2025.</p></main>`);
    const result = run(html, '2025-03-28');
    expect(deadlineValues(result)).toEqual(['2025-04-14']);
  });

  it('does not take a report a funded project owes for a deadline', () => {
    const html = page(`<main><h1>Wasserpartnerschaft mit Tamale</h1><p>Laufzeit: 01.03.2023 – 28.02.2026. Ein Zwischenbericht muss bis 31.12.2024 beim Fördergeber vorliegen.</p></main>`);
    expect(run(html, '2024-06-01').items).toEqual([]);
  });

  it('reads a year in a title as the call year only near the page date', () => {
    const html = page(`<main><h1>Aufruf Kommune 2030</h1><p>Veröffentlicht am 03.02.2025</p><p>Bewerbungen sind bis zum 14. April möglich.</p></main>`);
    expect(deadlineValues(run(html, '2025-03-01'))).toEqual(['2025-04-14']);
  });

  it('takes the year of a date without one from the date the page shows as its publication', () => {
    const html = page(`<main><h1>Förderpreis Partnerschaft</h1><p>Veröffentlicht am 14.11.2024</p><p>Füllen Sie das Bewerbungsformular aus. Bewerbungsschluss ist der 15. Januar.</p></main>`);
    expect(deadlineValues(run(html, '2025-08-01'))).toEqual(['2025-01-15']);
  });
});

describe('rounds that are over', () => {
  it('makes no item of a call a news article reports as expired', () => {
    const html = page(`<main><article><h1>Stadt bekommt Geld für Klimapartnerschaft</h1><p>17.10.2024</p>
      <p>Als die Bewerbungsfrist für den Förderaufruf „Kommunale Klimapartnerschaften“ am 30. Juni ablief, hatte die Verwaltung ihre Projektskizze eingereicht.</p></article></main>`,
      { head: '<meta property="article:published_time" content="2024-10-17T18:00:00+02:00">' });
    expect(run(html, '2024-10-20').items).toEqual([]);
  });

  it('keeps the new round beside a closed one', () => {
    const html = page(`<main><h1>Partnerschaftspreis</h1><p>Die Stiftung Entwicklungs-Zusammenarbeit (SEZ) würdigt jedes Jahr herausragende Partnerschaften.</p>
      <h2>Preis 2024: Bewerbungsphase abgeschlossen</h2><p>Die Bewerbungsphase für den Preis 2024 ist abgeschlossen. Bewerbungsschluss war der 30.09.2024.</p>
      <h2>Jetzt bewerben: Preis 2025</h2><p>Bewerbungen sind bis zum 28.02.2025 möglich.</p></main>`);
    const { items } = run(html, '2024-12-10');
    expect(items.map((i) => [i.title, i.deadline, i.organizer])).toEqual([['Jetzt bewerben: Preis 2025', '2025-02-28', 'SEZ']]);
  });
});

describe('organizer', () => {
  const listing = (intro: string, head = '') =>
    page(`<main><h1>Anstehende Treffen</h1><p>${intro}</p><ul>
      <li>Jahrestagung der Fairen Metropole Ruhr am 04.07.2019</li>
      <li>Vernetzungstreffen der Fairtrade-Towns in Bayern am 19.07.2019</li></ul>
      <h2>Regionale Netzwerke</h2><p>Als erste Fairtrade-Region wurde das Netzwerk Faire Metropole Ruhr 2013 ausgezeichnet. Bild: TransFair e.V.</p></main>`,
      { head });

  it('names the body a title names when the page calls it a network, and nobody for the other entries', () => {
    const { items } = run(listing('Gemeinsam mit Partnern organisiert TransFair Vernetzungstreffen in vielen Bundesländern.'), '2019-06-12');
    expect(items.map((i) => i.organizer)).toEqual(['Netzwerk Faire Metropole Ruhr', null]);
  });

  it('gives a listing entry the site only when the entry or the listing names the site', () => {
    const site = '<meta property="og:site_name" content="C40 Cities">';
    expect(run(listing('Treffen unserer Mitglieder und Partner.', site), '2019-06-12').items.map((i) => i.organizer)).toEqual(['Netzwerk Faire Metropole Ruhr', null]);
    expect(run(listing('Die C40 Vernetzungsreihe bringt Städte zusammen.', site), '2019-06-12').items.map((i) => i.organizer)).toEqual(['Netzwerk Faire Metropole Ruhr', 'C40 Cities']);
  });

  it('gives a listing entry the body its introduction names as the issuer', () => {
    const { items } = run(listing('Die Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global lädt zu diesen Treffen ein.'), '2019-06-12');
    expect(items.map((i) => i.organizer)).toEqual(['Netzwerk Faire Metropole Ruhr', 'SKEW / Engagement Global']);
  });

  it('does not take a call’s quoted name for its issuer', () => {
    const html = page(`<main><h1>Förderpreis „Partnerschaft gestalten“</h1><p>Mit dem Förderpreis „Partnerschaft gestalten“ zeichnet die Stiftung Nord-Süd-Partnerschaft Partnerschaften aus. Bewerbungsschluss ist der 15.01.2025.</p></main>`);
    expect(run(html, '2024-12-01').items[0].organizer).toBe('Stiftung Nord-Süd-Partnerschaft');
  });

  it('reads the subject of an issuing verb and a mixed-case acronym', () => {
    const html = page(`<main><h1>Rundbrief</h1><p>Unsere Termine und Aufrufe.</p>
      <h2>Webinar Fördermittel</h2><p>Engagement Global bietet am 22.02.2024 von 14:00 bis 15:30 Uhr ein Webinar an.</p>
      <h2>Wettbewerb Kommune bewegt Welt</h2><p>Der Wettbewerb wird vom Deutschen Institut für Urbanistik (Difu) ausgerichtet. Einsendeschluss: 30. April 2024.</p>
      <h2>Aufruf Jugend weltweit</h2><p>Jugendgruppen können Zuschüsse beantragen. Bewerbungen sind bis zum 31.03.2024 möglich.</p></main>`);
    const { items } = run(html, '2024-02-05');
    // a lone event among calls is an entry of the listing too; entries come in page order
    expect(items.map((i) => [i.title, i.organizer])).toEqual([
      ['Webinar Fördermittel', 'Engagement Global'],
      ['Wettbewerb Kommune bewegt Welt', 'Difu'],
      ['Aufruf Jugend weltweit', null],
    ]);
  });
});

describe('probes beyond the corpus', () => {
  it('names table rows of funds by their own names (a row name is not the page programme)', () => {
    const html = page(`<main><h1>Förderprogramme im Überblick</h1><p>Die Landesstiftung fördert Eine-Welt-Arbeit in mehreren Programmen.</p>
      <table><thead><tr><th>Programm</th><th>Förderhöhe</th><th>Antragsfrist</th></tr></thead><tbody>
      <tr><td>Kleinprojektefonds Eine Welt</td><td>bis 2.000 Euro</td><td>15.03.2025</td></tr>
      <tr><td>Partnerschaftsfonds Kommunen</td><td>bis 20.000 Euro</td><td>30.06.2025</td></tr></tbody></table></main>`);
    expect(run(html, '2025-04-01').items.map((i) => [i.title, i.deadline])).toEqual([
      ['Kleinprojektefonds Eine Welt', '2025-03-15'],
      ['Partnerschaftsfonds Kommunen', '2025-06-30'],
    ]);
  });

  it('reads "Booking closes:" as the registration deadline of an English event', () => {
    const html = page(`<main><h1>Twinning Summit 2025</h1><p>Join us for a day of exchange between twinned towns.</p>
      <p>Date: 12/03/2025, 10:00–16:00</p><p>Venue: Guildhall, London</p><p>Booking closes: 28/02/2025</p></main>`, { lang: 'en' });
    expect(run(html, '2025-02-01').items[0]).toMatchObject({ kind: 'event', start: '2025-03-12T10:00', deadline: '2025-02-28', location: 'London' });
  });
});
