/** Sixth generalisation round: behaviours found on unseen pages (test/fixtures/corpus/extra/r6-*). */
import { describe, expect, it } from 'vitest';
import { readSiteOwner } from '../../../shared/extract/site-owner.ts';
import { snapshot } from '../../../shared/extract/page.ts';
import { cleanTitle } from '../../../shared/extract/title.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { deadlineValues, page, run } from './helpers.ts';

const fields = (html: string, now: string) => run(html, now, 'https://www.verein.example/termine/abend').items.map((i) => [i.kind, i.title, i.start, i.end, i.location, i.organizer]);

describe('the site names itself outside the content', () => {
  it('takes no logo that links to another site (a web agency\u2019s credit) and reads the copyright holder', () => {
    const root = snapshot(cheerioView(page(`<header><a href="/"><img class="logo" alt="Logo"></a></header><main><p>Text</p></main>
      <footer><p>© 2026 Partnerschaftsverein Ludwigsburg–Montbéliard e. V. · <a href="/impressum">Impressum</a></p>
      <p>Webdesign: <a href="https://www.pixelwerk.example/"><img class="agency-logo" alt="pixelwerk Webagentur"></a></p></footer>`)));
    expect(readSiteOwner(root, 'www.verein.example')).toEqual({ copyright: 'Partnerschaftsverein Ludwigsburg–Montbéliard' });
  });

  it('still reads a logo whose link leads to the page\u2019s own home page, with or without "www."', () => {
    const root = snapshot(cheerioView(page(`<header><a href="https://verein.example/"><img alt="Partnerschaftsverein Nantes"></a></header><main><p>Text</p></main>`)));
    expect(readSiteOwner(root, 'www.verein.example')).toEqual({ logo: 'Partnerschaftsverein Nantes' });
  });

  it('reads no name from a bare "© 2026" line', () => {
    const root = snapshot(cheerioView(page(`<main><p>Text</p></main><footer>Tel. 0361 555 · © 2026 · Stand 11.03.2026</footer>`)));
    expect(readSiteOwner(root)).toEqual({});
  });

  it('names the copyright holder as the organizer of a first-person event page that names itself nowhere else', () => {
    const html = page(`<header><a href="/"><img class="logo" alt="Logo"></a></header>
      <main><h1>Partnerschaftsabend</h1><p>Wir laden Sie herzlich ein.</p><p><b>Wann:</b> Freitag, 24. April 2026, ab 19:00 Uhr<br><b>Wo:</b> Kulturzentrum, 71638 Ludwigsburg</p></main>
      <footer><p>© 2026 Partnerschaftsverein Ludwigsburg–Montbéliard e. V.</p><p><a href="https://www.pixelwerk.example/"><img class="agency-logo" alt="pixelwerk Webagentur"></a></p></footer>`);
    expect(fields(html, '2026-03-22')).toEqual([['event', 'Partnerschaftsabend', '2026-04-24T19:00', null, 'Ludwigsburg', 'Partnerschaftsverein Ludwigsburg–Montbéliard']]);
  });
});

describe('listings', () => {
  it('gives the site\u2019s entries to the site when the introduction calls them "unsere Angebote", and reads the town after the venue in a date · place line', () => {
    const html = page(`<main><h1>Termine</h1><p>Hier finden Sie unsere nächsten Angebote für Kommunen.</p>
      <div class="entry"><h2>Barcamp Kommunale Partnerschaften</h2><p>Samstag, 18.04.2026, 10:00–17:00 Uhr · Kulturzentrum Pavillon, Hannover</p><p>Anmeldung bis 10.04.2026.</p></div>
      <div class="entry"><h2>Zukunftswerkstatt Fairer Handel</h2><p>Dienstag, 05.05.2026, 17:00–19:30 Uhr · online (Zoom)</p></div></main>`,
      { head: '' }).replace('<title>Test</title>', '<title>Termine – VEN Verband Entwicklungspolitik Niedersachsen</title>');
    expect(run(html, '2026-03-23').items.map((i) => [i.title, i.location, i.organizer])).toEqual([
      ['Barcamp Kommunale Partnerschaften', 'Hannover', 'VEN Verband Entwicklungspolitik Niedersachsen'],
      ['Zukunftswerkstatt Fairer Handel', 'online', 'VEN Verband Entwicklungspolitik Niedersachsen'],
    ]);
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

describe('titles', () => {
  it('drops a news date the template prints at the head of a headline', () => {
    expect(cleanTitle('05.03.2026 Ausschreibung Schulpreis 2026')).toBe('Ausschreibung Schulpreis 2026');
    expect(cleanTitle('2026-03-05 – Netzwerktreffen')).toBe('Netzwerktreffen');
    expect(cleanTitle('2026 startet der Fonds')).toBe('2026 startet der Fonds');
  });
});

describe('deadlines', () => {
  it('takes no vague "am besten bis Ende Juni" that names nothing due, but keeps "Anträge … bis Ende Juni"', () => {
    const advice = page(`<main><h1>Förderaufruf Klimapartnerschaften 2026</h1><p>Anträge nehmen wir bis zum 15.07.2026 entgegen.</p>
      <p>Vorab beraten wir Sie gern telefonisch – am besten bis Ende Juni.</p></main>`);
    expect(deadlineValues(run(advice, '2026-03-04'))).toEqual(['2026-07-15']);
    const due = page(`<main><h1>Förderaufruf Klimapartnerschaften 2026</h1><p>Anträge können bis Ende Juni 2026 gestellt werden.</p></main>`);
    expect(deadlineValues(run(due, '2026-03-04'))).toEqual(['2026-06-30']);
  });
});
