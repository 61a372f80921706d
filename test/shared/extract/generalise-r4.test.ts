/** Fourth generalisation round: behaviours found on unseen pages (test/fixtures/corpus/extra/r4-*). */
import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
import { findProgramme } from '../../../shared/extract/title.ts';
import { deadlineValues, page, run } from './helpers.ts';

describe('sibling sections right under the page heading', () => {
  it('keeps two calls with the same deadline apart when the first follows the page heading directly', () => {
    const html = page(`<main><h1>Aktuelles</h1>
      <h2>Projektaufruf A</h2><p>Kommunen können Projekte einreichen. Bewerbungsschluss: 17. April 2026</p>
      <h2>Wettbewerb B</h2><p>Schulen können sich bewerben. Bewerbungsschluss: 17. April 2026</p></main>`);
    const items = run(html, '2026-03-01').items;
    expect(items.map((i) => i.title)).toEqual(['Projektaufruf A', 'Wettbewerb B']);
    expect(items.map((i) => i.deadline)).toEqual(['2026-04-17', '2026-04-17']);
  });

  it('still reads a lone heading right under the page heading as its subtitle', () => {
    const html = page(`<main><h1>Projektaufruf Klima 2026</h1><h2>Jetzt bewerben</h2>
      <p>Kommunen können Projekte einreichen. Bewerbungsschluss: 17. April 2026</p></main>`);
    const items = run(html, '2026-03-01').items;
    expect(items).toHaveLength(1);
    expect(items[0].title).toContain('Projektaufruf Klima 2026');
  });
});

describe('dates in a run', () => {
  it('gives every date of a comma-joined run the deadline words and the year of its label ("Antragsstichtage 2026: …")', () => {
    const html = page(`<main><h1>Projektförderung</h1><p>Die Stiftung fördert Partnerschaftsprojekte von Kommunen.</p>
      <p>Anträge können laufend gestellt werden. Antragsstichtage 2026: 15.01., 15.04., 15.07. und 15.10. Das Kuratorium tagt jeweils sechs Wochen später.</p></main>`);
    const result = run(html, '2026-03-02');
    expect(result.items).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15']);
    expect(result.items[0].deadline).toBe('2026-04-15');
  });
});

describe('closed calls', () => {
  it('reads "Der Aufruf wurde vorzeitig beendet" as a closed round: no item', () => {
    const html = page(`<main><h1>Förderaufruf Klima 2026</h1><p><strong>Hinweis:</strong> Der Aufruf wurde vorzeitig beendet, da die Mittel ausgeschöpft sind.</p>
      <p>Anträge konnten ursprünglich bis zum 30. April 2026 gestellt werden.</p></main>`);
    expect(run(html, '2026-02-20').items).toEqual([]);
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

  it('reads the place at the end of a listing entry, after its venue', () => {
    const html = page(`<main><h1>Termine 2026</h1><ul>
      <li>12.03.2026, 18 Uhr – Netzwerktreffen, Gemeindehaus St. Martin, Hofgeismar</li>
      <li>26.03.2026, 19 Uhr – Filmabend mit Gespräch, Kulturbahnhof Witzenhausen</li></ul></main>`);
    expect(run(html, '2026-02-15').items.map((i) => i.location)).toEqual(['Hofgeismar', 'Witzenhausen']);
  });

  it('does not read a site section in a kicker line ("Aktuelles · 23.02.2026") as the place', () => {
    const html = page(`<main><p class="kicker">Aktuelles · 23.02.2026</p><h1>Workshop: Partnerschaft neu denken</h1>
      <p><strong>Termin:</strong> Mi 18.03.2026 | 17–19 Uhr | Rathaus, Sitzungssaal</p><p>Die Teilnahme ist kostenfrei. Anmeldung bis Fr 13.03.</p></main>`);
    const items = run(html, '2026-02-25').items;
    expect(items).toHaveLength(1);
    expect(items[0].location).not.toBe('Aktuelles');
  });
});

describe('programme names', () => {
  it('uses the short form a page gives right after a long quoted programme name', () => {
    expect(findProgramme('Aufrufe im Programm „Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ (CERV) sind offen.', cuesFor('de'))).toBe('CERV');
    expect(findProgramme('Aufrufe im Programm „Nachbarschaft leben“ sind offen.', cuesFor('de'))).toBe('Nachbarschaft leben');
  });
});

describe('a newsletter without headings, entries separated by thematic breaks', () => {
  const newsletter = (sep: string) =>
    page(`<main><h1>Rundbrief März 2026</h1><p>Liebe Aktive, hier die Neuigkeiten des Monats.</p>${sep}
      <p><b>Kleinprojektefonds: Anträge bis 30. April</b></p>
      <p>Die Gemeinde Musterdorf fördert kleine Projekte von Vereinen. Anträge können bis zum 30. April 2026 eingereicht werden.</p>${sep}
      <p><b>Einladung: Werkstatt Repair-Café</b></p>
      <p>Darüber wollen wir am Mittwoch, 15. April 2026, von 18:00 bis 20:00 Uhr im Bürgerhaus sprechen. Bitte melden Sie sich bis zum 8. April 2026 an.</p>${sep}
      <p>Herzliche Grüße aus dem Büro</p></main>`).replace('<title>Test</title>', '<title>Rundbrief März 2026 – Agenda Musterdorf</title>');

  it('splits at <hr> into one item per part that opens with a bold title line and carries its own date', () => {
    const items = run(newsletter('<hr>'), '2026-03-05').items;
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([
      ['call', 'Kleinprojektefonds: Anträge bis 30. April', '2026-04-30'],
      ['event', 'Einladung: Werkstatt Repair-Café', '2026-04-08'],
    ]);
    expect(items[1].start).toBe('2026-04-15T18:00');
  });

  it('reads a "* * *" line as the same break', () => {
    const items = run(newsletter('<p>* * *</p>'), '2026-03-05').items;
    expect(items.map((i) => i.title)).toEqual(['Kleinprojektefonds: Anträge bis 30. April', 'Einladung: Werkstatt Repair-Café']);
  });

  it('gives the site as organizer to an entry that gives its date in the first person', () => {
    const items = run(newsletter('<hr>'), '2026-03-05').items;
    expect(items[1].organizer).toBe('Agenda Musterdorf');
  });

  it('keeps one item when only one part between the breaks carries a date', () => {
    const html = page(`<main><h1>Projektaufruf Klima 2026</h1><p>Kommunen können Projekte einreichen.</p><hr>
      <p><b>Fristen</b></p><p>Bewerbungsschluss: 17. April 2026</p><hr><p><b>Kontakt</b></p><p>Agenda-Büro, Telefon 0123 456</p></main>`);
    const items = run(html, '2026-03-01').items;
    expect(items).toHaveLength(1);
    expect(items[0].deadline).toBe('2026-04-17');
  });
});
