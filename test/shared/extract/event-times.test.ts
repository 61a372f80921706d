/**
 * An event's start and end: labelled fields (inline, in one paragraph, "Von"/"Bis", "Zeitraum"), a time stated once
 * for a list or told in a sentence, an agenda slot that is no start, a range that spans the programme.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('event times', () => {
  it('reads inline "Beginn:" and "Ende:" labels inside one line as the start and end time', () => {
    const html = page(`<main><h1>Fachtag Kommunale Partnerschaften</h1><p>Zwei Tage Austausch für Verwaltungen und Vereine.</p>
      <p>Termin: 17.–18. September 2026<br>Beginn: 9:30 Uhr (erster Tag), Ende: ca. 16:00 Uhr (zweiter Tag)<br>Ort: Tagungshaus, 99084 Erfurt</p>
      <ul><li>9:30 Uhr Ankommen</li><li>19:00 Uhr Abendempfang</li></ul></main>`);
    const { items } = run(html, '2026-06-15');
    expect(items[0]).toMatchObject({ start: '2026-09-17T09:30', end: '2026-09-18T16:00' });
  });

  it('gives every entry of a dated list the time stated once for all of them ("jeweils")', () => {
    const html = page(`<main><h1>Webinarreihe Kommunal global 2026</h1><p>Kompakte Einführungen für Verwaltungen.</p>
      <h2>Termine</h2><p>Die Webinare finden jeweils von 10 bis 11:30 Uhr über Zoom statt:</p>
      <ul><li>Dienstag, 3. März 2026: Fördermittel für kommunale Partnerschaften finden</li>
      <li>Dienstag, 14. April 2026: Faire Beschaffung in der Verwaltung</li></ul>
      <p>Veranstalter: Servicestelle Eine Welt Sachsen in Kooperation mit dem Städtetag.</p></main>`);
    const { items } = run(html, '2026-02-16');
    expect(items.map((i) => [i.kind, i.start, i.end, i.location, i.organizer])).toEqual([
      ['event', '2026-03-03T10:00', '2026-03-03T11:30', 'online', 'Servicestelle Eine Welt Sachsen'],
      ['event', '2026-04-14T10:00', '2026-04-14T11:30', 'online', 'Servicestelle Eine Welt Sachsen'],
    ]);
  });

  it('reads "Das Treffen beginnt um 14 Uhr. Das Treffen endet um 16 Uhr." as the event’s times', () => {
    const html = page(`<main><h1>Treffen zur Partner-Stadt</h1><p>Wir machen ein Treffen.</p><p>Am 6. Mai 2026.</p>
      <p>Das Treffen beginnt um 14 Uhr.</p><p>Das Treffen endet um 16 Uhr.</p><p>Die Adresse ist:<br>Obere Königs-Straße 8<br>34117 Kassel</p></main>`);
    expect(run(html, '2026-04-02').items[0]).toMatchObject({ start: '2026-05-06T14:00', end: '2026-05-06T16:00', location: 'Kassel' });
  });

  it('reads the hours on the line after the date as the event’s start and end', () => {
    const html = page(`<main><h1>Webinar: Förderung für Partnerschaften</h1><p>Eine Einführung für Kommunen und Vereine.</p>
      <p>10.03.2026</p><p>Dienstag</p><p>17:00 bis 18:15 Uhr</p><p>Online via Zoom</p></main>`);
    expect(run(html, '2026-02-20').items[0]).toMatchObject({ kind: 'event', start: '2026-03-10T17:00', end: '2026-03-10T18:15' });
  });

  it('takes the hours of the event’s day told again further on ("von 17 bis ca. 20 Uhr")', () => {
    const html = page(`<main><h1>Klima-Workshop am 22. März 2023</h1><p>Die Stadt lädt zum Klima-Workshop am 22. März 2023 ein.</p>
      <p>Im Mittelpunkt stehen Mobilität und erneuerbare Energien.</p>
      <p>Der Workshop findet am Mittwoch, 22. März 2023, von 17 bis ca. 20 Uhr im Rathaus Homburg statt.</p></main>`);
    expect(run(html, '2023-03-01').items[0]).toMatchObject({ kind: 'event', start: '2023-03-22T17:00', end: '2023-03-22T20:00' });
  });

  it('does not take the time of another day, nor of a deadline on the event’s day', () => {
    const html = page(`<main><h1>Klima-Workshop am 22. März 2023</h1><p>Die Stadt lädt zum Klima-Workshop am 22. März 2023 ein.</p>
      <p>Im Mittelpunkt stehen Mobilität und erneuerbare Energien.</p>
      <p>Ein Vorgespräch findet am 21. März 2023 um 18 Uhr statt.</p></main>`);
    expect(run(html, '2023-03-01').items[0].start).toBe('2023-03-22');
  });

  it('does not take the hours below another date for the event’s', () => {
    const html = page(`<main><h1>Webinar: Förderung für Partnerschaften</h1><p>Eine Einführung für Kommunen und Vereine.</p>
      <p>Das Webinar findet am 10.03.2026 statt.</p><p>Die Anmeldung ist bis 3. März 2026 möglich.</p><p>17:00 bis 18:15 Uhr</p></main>`);
    expect(run(html, '2026-02-20').items[0].start).toBe('2026-03-10');
  });

  it('does not take an agenda slot’s "beginnt um" for the event’s start', () => {
    const html = page(`<main><h1>Fachtag Partnerschaften</h1><p>Der Fachtag findet am 6. Mai 2026 in Kassel statt.</p>
      <p>Die Mittagspause beginnt um 12:30 Uhr.</p><p>Anschließend Arbeitsgruppen, Abschluss um 16 Uhr.</p></main>`);
    expect(run(html, '2026-04-02').items[0].start).toBe('2026-05-06');
  });

  it('takes a range holding the programme’s dates for the event’s span, and the place after it', () => {
    const html = page(`<main><h1>Cities Conference 2026</h1><p>12–14 June 2026, Leipzig</p><p>Three days for mayors and city officials.</p>
      <ul><li>Opening plenary, 12 June, 14:00</li><li>Study visits, 13 June</li><li>Matchmaking market, 14 June, 9:30–12:00</li></ul>
      <p>Registration closes 30 April 2026.</p>
      <section><h2>Other events</h2><p>22 May 2026 – Urban Mobility Forum, Brussels</p></section></main>`, { lang: 'en' });
    const { items } = run(html, '2026-02-10');
    expect(items.map((i) => [i.start, i.end, i.location, i.deadline])).toEqual([['2026-06-12', '2026-06-14', 'Leipzig', '2026-04-30']]);
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

describe('"Von" and "Bis" fields', () => {
  it('reads a bare "Bis" field right after a "Von" field as the event\u2019s end, not as a deadline', () => {
    const html = page(`<div id="content"><h1>Veranstaltungen</h1>
      <article><h2>Partnerschaftsabend</h2><dl><dt>Von</dt><dd>Fr, 17.04.2026, 19:00 Uhr</dd><dt>Bis</dt><dd>Fr, 17.04.2026, 22:00 Uhr</dd><dt>Ort</dt><dd>79199 Kirchzarten</dd></dl></article>
      <article><h2>Frühstück</h2><dl><dt>Von</dt><dd>So, 10.05.2026, 10:00 Uhr</dd><dt>Bis</dt><dd>So, 10.05.2026, 13:00 Uhr</dd><dt>Ort</dt><dd>79199 Kirchzarten</dd></dl><p>Um Anmeldung bis 6. Mai wird gebeten.</p></article></div>`);
    const result = run(html, '2026-04-02');
    expect(result.items.map((i) => [i.title, i.start, i.end, i.deadline])).toEqual([
      ['Partnerschaftsabend', '2026-04-17T19:00', '2026-04-17T22:00', null],
      ['Frühstück', '2026-05-10T10:00', '2026-05-10T13:00', '2026-05-06'],
    ]);
  });

  it('still reads "Anmeldung bis:" as a deadline', () => {
    const html = page(`<main><h1>Workshop Partnerschaft</h1><dl><dt>Datum</dt><dd>12.05.2026, 10:00 Uhr</dd><dt>Anmeldung bis</dt><dd>05.05.2026</dd></dl></main>`);
    expect(deadlineValues(run(html, '2026-04-02'))).toEqual(['2026-05-05']);
  });
});

describe('trips', () => {
  it('reads a "Zeitraum" field as the trip\u2019s dates, a "Zielort" as its place, and no departure time as its start', () => {
    const html = page(`<main><h1>Fachexkursion nach Wrocław</h1><dl>
      <dt>Zeitraum</dt><dd>30.04.–02.05.2026 (Abfahrt Donnerstag 7:00 Uhr ab Dresden Hbf, Rückkehr Samstag gegen 20:00 Uhr)</dd>
      <dt>Zielort</dt><dd>Wrocław (Polen)</dd><dt>Bewerbung</dt><dd>bis 20. März 2026</dd></dl></main>`);
    const [item] = run(html, '2026-03-05').items;
    expect([item.kind, item.start, item.end, item.location]).toEqual(['event', '2026-04-30', '2026-05-02', 'Wrocław']);
  });

  it('keeps a "Förderzeitraum" a project period, not an event date', () => {
    const html = page(`<main><h1>Förderaufruf Partnerschaften 2026</h1><p>Förderzeitraum: 01.07.2026–30.06.2027</p><p>Anträge bis zum 31. Mai 2026.</p></main>`);
    const [item] = run(html, '2026-03-05').items;
    expect([item.kind, item.start, item.end]).toEqual(['call', null, null]);
  });
});
