/** Titles as a person would write them on the watchlist (title-choice.ts, title-rules.ts, title-candidates.ts). */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { isDateOnly } from '../../../shared/extract/features/title.ts';
import { page } from './helpers.ts';

const calendar = page(`<main><h1>Fortbildungsangebote</h1>
<h2>Januar 2026</h2>
<div><h3>Sexismus in der Politik</h3><p><strong>Termin:</strong><br>27.01.2026, 18:00 - 20:00 Uhr, online</p><p>Erfahrungen und Gegenmaßnahmen.</p></div>
<h2>März 2026</h2>
<div><h3>Seminarreihe für Politikerinnen: Netzwerke aufbauen und pflegen</h3><p><strong>Termin:</strong><br>07.03.2026, 09:30 - 12:30 Uhr, online</p><p>Netzwerke bewusst gestalten.</p></div>
</main>`);

const titles = (html: string, titleModel?: null) => extract({ view: cheerioView(html), url: 'https://example.org/seminare', now: new Date('2025-12-01T12:00:00Z'), ...(titleModel === null ? { titleModel } : {}) }).items.map((i) => i.title);

describe('a calendar grouped by month', () => {
  it('names each entry by its own heading, not by the month over it (learned choice)', () => {
    expect(titles(calendar)).toEqual(['Sexismus in der Politik', 'Seminarreihe für Politikerinnen: Netzwerke aufbauen und pflegen']);
  });

  it('does so with the rules alone too', () => {
    expect(titles(calendar, null)).toEqual(['Sexismus in der Politik', 'Seminarreihe für Politikerinnen: Netzwerke aufbauen und pflegen']);
  });
});

describe('the sessions of an event listed under its heading', () => {
  const sessions = page(`<main><h1>Infotage zu Fördermöglichkeiten im Programm Nordwesteuropa</h1>
<p>Die Kontaktstellen laden zu zwei Infotagen ein:</p>
<ul><li>am 12. Februar 2026 in Mainz (Ministerium des Innern)</li><li>am 13. Februar 2026 in Stuttgart (Ministerium für Wirtschaft)</li></ul>
</main>`);

  it('are named by the event and the rest of the entry, not by the entry’s leftover words', () => {
    const got = titles(sessions);
    expect(got).toHaveLength(2);
    expect(got[0]).toBe('Infotage zu Fördermöglichkeiten im Programm Nordwesteuropa – in Mainz (Ministerium des Innern)');
    expect(got[1]).toBe('Infotage zu Fördermöglichkeiten im Programm Nordwesteuropa – in Stuttgart (Ministerium für Wirtschaft)');
  });

  it('are named so when the rest opens with a mark, under a series’ heading', () => {
    const series = page(`<main><h1>Termine</h1><h2>Veranstaltungen im Bezirk</h2><h3>🗓️ Neue Menschen in die Kommunalpolitik – Reihe mit zwei Stadträtinnen</h3>
<p>Ein offenes Gespräch über die Arbeit im Rat.</p>
<ul><li>📌 Donnerstag, 17. Dezember 2025 | 19 Uhr (für Frauen) | online via Zoom</li><li>📌 Mittwoch, 07. Januar 2026 | 20 Uhr (offen für alle) | online via Zoom</li></ul></main>`);
    const got = titles(series);
    expect(got).toHaveLength(2);
    for (const t of got) expect(t).toContain('Neue Menschen in die Kommunalpolitik');
  });

  it('keep their own words under a heading that names no event', () => {
    const call = sessions.replace('Infotage zu Fördermöglichkeiten im Programm Nordwesteuropa', 'Programm Nordwesteuropa: Projektaufruf').replace('zu zwei Infotagen ein', 'zu zwei Terminen ein');
    for (const t of titles(call)) expect(t).not.toContain('Projektaufruf –');
  });
});

describe('a page whose every heading is a label', () => {
  const html = page(`<main><h1>Antragstellung</h1>
<p>Einsendeschluss für neue Projektanträge: 04.06.2023</p>
<h3>Allgemeine Hinweise</h3><p>Vorstand und Beirat der Stiftung tagen im Juni und im Dezember. Anträge sind vor Projektbeginn schriftlich zu stellen.</p></main>`, { head: '<meta property="og:site_name" content="Eisele-Stiftung">' }).replace('<title>Test</title>', '<title>Antragstellung</title>');

  it('is not named by the label word but by what the page offers', () => {
    const got = extract({ view: cheerioView(html), url: 'https://example.org/antrag', now: new Date('2023-03-01T12:00:00Z') }).items.map((i) => i.title);
    expect(got).toHaveLength(1);
    expect(got[0]).not.toBe('Antragstellung');
    expect(got[0]).toContain('Eisele-Stiftung');
  });
});

describe('a section that groups one entry under a heading of its own', () => {
  const grouped = (inner: [string, string]) => {
    const entry = (h3: string, date: string, text: string) => `<h3>${h3}</h3><p><strong>Frist: ${date}</strong></p><p>${text}</p>`;
    return page(`<main><h1>Aktuelle Förderprogramme und Wettbewerbe für ländliche Räume</h1>
<h2>Zukunftsideen fürs Land gesucht!</h2>${entry(inner[0], '15.01.2027', 'Gesucht werden Ideen für das Leben und Wohnen auf dem Land. Bewerben können sich Teams.')}
<h2>Förderung für junge Menschen auf dem Land</h2>${entry(inner[1], '31.10.2026', 'Der Preis zeichnet Initiativen junger Menschen aus. Bewerben können sich Gruppen.')}</main>`);
  };

  it('names the entry by its own heading, not by the group over it', () => {
    expect(titles(grouped(['Landgut 2050 – Ideenwettbewerb', 'Ernst-Engelbrecht-Greve-Preis']))).toEqual(['Landgut 2050 – Ideenwettbewerb', 'Ernst-Engelbrecht-Greve-Preis']);
  });

  it('keeps the section’s heading when the heading inside is a label', () => {
    expect(titles(grouped(['Teilnahme und Bewerbung', 'Bewerbung']))).not.toContain('Bewerbung');
  });
});

describe('isDateOnly', () => {
  it('is a month, a year or a day and nothing else', () => {
    for (const t of ['März 2026', 'Oktober', '2026', 'Mo, 5. Oktober', 'May 2024', '12.03.2026']) expect(isDateOnly(t), t).toBe(true);
    for (const t of ['Mai-Fest 2026', 'Seminar März 2026', 'Tag der offenen Tür', '']) expect(isDateOnly(t), t).toBe(false);
  });
});
