/**
 * Listings: one item per entry — calendar cards with the date above the heading, dated list entries without a year,
 * sibling <article> entries, a list of sessions under its heading.
 */
import { describe, expect, it } from 'vitest';
import { fields, page, run } from './helpers.ts';

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

describe('event listings', () => {
  it('takes a list of dates without a year under a dated "Termine" heading as one event each', () => {
    const html = page(`<main><h1>Termine Frühjahr 2026</h1><p>Wir laden zu unseren offenen Treffen ein.</p><ul>
      <li><strong>Di., 3.3., 18:00 Uhr</strong> – Netzwerktreffen der Weltläden, Kassel</li>
      <li><strong>Do., 26.3., 19:30 Uhr</strong> – Filmabend „Der faire Preis“ mit Gespräch, Witzenhausen</li>
      <li><strong>Sa., 18.4., 10–16 Uhr</strong> – Aktionstag Faire Woche planen, Hofgeismar</li></ul></main>`);
    const items = run(html, '2026-02-15').items;
    expect(items.map((i) => i.kind)).toEqual(['event', 'event', 'event']);
    expect(items.map((i) => i.start)).toEqual(['2026-03-03T18:00', '2026-03-26T19:30', '2026-04-18T10:00']);
  });
});

describe('listings and their entries', () => {
  it('reads sibling <article> entries of a calendar as the listing, with "Beginn"/"Ende" fields as the event\u2019s span', () => {
    const entry = (title: string, start: string, end: string) =>
      `<article><h3>${title}</h3><dl><dt>Beginn</dt><dd>${start}</dd><dt>Ende</dt><dd>${end}</dd><dt>Ort</dt><dd>Marktplatz, 79539 Lörrach</dd></dl></article>`;
    const html = page(`<div id="inhalt"><h1>Veranstaltungskalender</h1>${entry('Vortrag Partnerschaft', 'Do, 05.03.2026, 19:00 Uhr', 'Do, 05.03.2026, 21:00 Uhr')}${entry('Begegnungsfest', 'Sa, 25.04.2026, 14:00 Uhr', 'So, 26.04.2026, 18:00 Uhr')}</div>`);
    expect(fields(html, '2026-02-26').map((f) => f.slice(0, 5))).toEqual([
      ['event', 'Vortrag Partnerschaft', '2026-03-05T19:00', '2026-03-05T21:00', 'Lörrach'],
      ['event', 'Begegnungsfest', '2026-04-25T14:00', '2026-04-26T18:00', 'Lörrach'],
    ]);
  });
});

describe('a list of sessions', () => {
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
