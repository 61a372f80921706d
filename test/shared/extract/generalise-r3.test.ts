/**
 * General rules found in the third generalisation round (test/fixtures/corpus/extra/r3-*): coordinated dates, "Beschluss"
 * and settlement dates, side columns, a call announced twice, press headlines, shared and spoken event times, an
 * event's span over its programme, places in prose, closed side schemes, and organizers named in more ways.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('deadline dates', () => {
  it('gives a second date joined by "und" the same deadline words ("jeweils 1. März und 1. September")', () => {
    const html = page(`<main><h1>Förderung beantragen</h1><p>Die Stiftung Weltoffene Kommune fördert Partnerschaftsprojekte.</p>
      <p>Anträge nehmen wir zweimal im Jahr entgegen. <strong>Bewerbungsschluss: jeweils 1. März und 1. September.</strong></p></main>`);
    const result = run(html, '2026-04-10');
    expect(result.items).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2026-09-01', '2027-03-01']);
    expect(result.items[0].deadline).toBe('2026-09-01');
  });

  it('does not read a "Beschluss vom" date or settlement dates as deadlines', () => {
    const html = page(`<main><h1>Kulturförderung 2026</h1><p>Ansuchen sind bis spätestens 31. 3. 2026 im Gemeindeamt einzureichen.</p>
      <p>Die geförderten Projekte müssen bis 30. 11. 2026 durchgeführt und bis 15. 12. 2026 abgerechnet werden.</p>
      <ul><li>Richtlinien der Kulturförderung, Gemeinderatsbeschluss vom 12. 12. 2024 (PDF)</li></ul></main>`);
    const result = run(html, '2026-01-20');
    expect(deadlineValues(result)).toEqual(['2026-03-31']);
  });

  it('does not read "erhalten bis Mitte Juli Bescheid" as a deadline', () => {
    const html = page(`<main><h1>Projektbeiträge 2026</h1><p>Gesuche sind bis spätestens 30.4.2026 einzureichen.</p>
      <p>Die Gesuchstellenden erhalten bis 15.7.2026 Bescheid.</p></main>`);
    expect(deadlineValues(run(html, '2026-01-26'))).toEqual(['2026-04-30']);
  });

  it('drops a past date of a side scheme the page says is now closed', () => {
    const html = page(`<main><h1>Partnership Conference 2026</h1><p>The conference takes place on 12 June 2026 in Leipzig.</p>
      <p>Registration closes 30 April 2026.</p>
      <p>Members can apply for a travel bursary until 31 January 2026. The bursary scheme is now closed.</p></main>`, { lang: 'en' });
    const result = run(html, '2026-02-10');
    expect(deadlineValues(result)).toEqual(['2026-04-30']);
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

  it('makes one item of a call announced in a teaser box and again in full', () => {
    const html = page(`<main><div class="highlight-box"><h2>Aktuell: Projektaufruf Klimapartnerschaften 2026</h2>
      <p>Vereine können bis 17.04.2026 Projekte einreichen. <a href="#a">Mehr erfahren</a></p></div>
      <article id="a"><h1>Projektaufruf Klimapartnerschaften 2026</h1><p>Das Landesnetzwerk ruft dazu auf, Projekte mit Partnern im Globalen Süden einzureichen.</p>
      <h2>Fristen</h2><p>Projektanträge können bis zum 17. April 2026 eingereicht werden.</p></article></main>`);
    const { items } = run(html, '2026-02-03');
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([['call', 'Projektaufruf Klimapartnerschaften 2026', '2026-04-17']]);
  });

  it('names a call in a press release by its quoted name, not by the headline', () => {
    const html = page(`<main><h1>Neuer Förderaufruf: Land stärkt Städtepartnerschaften mit Polen</h1>
      <p>Brandenburg legt den Förderaufruf „Nachbarschaft leben 2026“ auf. Kommunen und Vereine können Zuschüsse beantragen.</p>
      <p>Anträge müssen bis zum 15. April 2026 bei der Investitionsbank des Landes Brandenburg (ILB) eingegangen sein.</p></main>`);
    const { items } = run(html, '2026-02-12');
    expect(items.map((i) => [i.title, i.deadline, i.organizer])).toEqual([['Förderaufruf „Nachbarschaft leben 2026“', '2026-04-15', 'Brandenburg']]);
  });
});

describe('event times and places', () => {
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

  it('reads the city from "findet am … in Magdeburg statt"', () => {
    const html = page(`<main><h1>Save the date: 6. Bundeskonferenz</h1><p>Die Bundeskonferenz findet am 24. und 25. September 2026 in Magdeburg statt.</p></main>`);
    expect(run(html, '2026-01-12').items[0]).toMatchObject({ start: '2026-09-24', end: '2026-09-25', location: 'Magdeburg' });
  });
});

describe('organizers', () => {
  it('reads a subject whose name holds a lower-case adjective ("Die Landeszentrale für politische Bildung lädt …")', () => {
    const html = page(`<main><h1>Schulwettbewerb 2026</h1><p>Die Landeszentrale für politische Bildung lädt Schulklassen ein, Beiträge einzureichen.</p>
      <p>Einsendeschluss ist der 31.05.2026.</p></main>`);
    expect(run(html, '2026-03-02').items[0].organizer).toBe('Landeszentrale für politische Bildung');
  });

  it('does not read "pflegt die Gemeinde X" as an issuing verb', () => {
    const html = page(`<main><h1>Aufruf Klimapartnerschaften</h1><p>Im Jahr 2030 pflegt die Gemeinde Kalletal viele Partnerschaften.</p>
      <p>Engagement Global (EG) ruft zur Bewerbung auf. Interessenbekundungen bis zum 31.03.2022.</p></main>`);
    expect(run(html, '2022-02-01').items[0].organizer).not.toBe('Gemeinde Kalletal');
  });
});

describe('held-out follow-ups', () => {
  it('keeps a deadline noun before a colon with the dates it introduces ("zu zwei Fristen: …")', () => {
    const html = page(`<main><h1>Kleinprojektefonds 2027</h1><p>Der Fonds unterstützt Begegnungen von Gemeinden mit bis zu 25.000 Euro.</p>
      <p>Anträge können laufend vorbereitet werden; ausgewählt wird zu zwei Fristen: 15. Jänner 2027, 12:00 Uhr und 14. Mai 2027, 12:00 Uhr.</p></main>`);
    expect(deadlineValues(run(html, '2026-12-10'))).toEqual(['2027-01-15T12:00', '2027-05-14T12:00']);
  });

  it('names the site from the end of the <title> when the page names no body', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Kleinprojektefonds 2027 | Interreg Bayern–Österreich</title></head><body><main>
      <h1>Kleinprojektefonds 2027</h1><p>Gefördert werden Begegnungen. Anträge bis zum 15. Januar 2027.</p></main></body></html>`;
    expect(run(html, '2026-12-10').items[0].organizer).toBe('Interreg Bayern–Österreich');
  });

  it('makes events of a list of sessions under their heading even when an entry’s topic sounds like a call', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Info sessions 2026 | Council of European Municipalities</title></head><body><main>
      <h1>Info sessions: Twinning for Climate 2026</h1><p>Join one of our online info sessions to learn about eligibility.</p>
      <h2>Dates</h2><p>Each session runs from 14:00 to 15:00 on Zoom:</p>
      <ul><li>Thursday, 5 February 2026: Writing a strong application</li><li>Wednesday, 4 March 2026: Budget and reporting</li></ul></main></body></html>`;
    const { items } = run(html, '2026-01-20');
    expect(items.map((i) => [i.kind, i.start, i.end, i.location, i.organizer])).toEqual([
      ['event', '2026-02-05T14:00', '2026-02-05T15:00', 'online', 'Council of European Municipalities'],
      ['event', '2026-03-04T14:00', '2026-03-04T15:00', 'online', 'Council of European Municipalities'],
    ]);
  });
});
