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

describe('a call for contributions that feeds an event', () => {
  const items = (html: string, now: string) => run(html, now).items.map((i) => ({ kind: i.kind, title: i.title, deadlines: i.deadlines.map((d) => d.date), start: i.start, end: i.end, location: i.location }));

  it('gives the call for papers (with every submission date, the optional full papers too) and the conference it feeds (English)', () => {
    const html = page(`<main><h1>CALL FOR PAPERS</h1><h2>Annual Conference on Town Twinning 2026</h2>
      <p>The conference will take place on 8–9 October 2026 in Lyon, France. We invite researchers to submit abstracts.</p>
      <ul><li>Abstracts of no more than 400 words</li><li>Submission through the conference portal</li><li>Closing date for abstracts: 15 May 2026</li><li>Notification of acceptance: 30 June 2026</li>
      <li>Full papers (optional) for the conference proceedings: 15 September 2026</li></ul></main>`, { lang: 'en' });
    const [call, event] = items(html, '2026-03-18');
    expect([call.kind, call.deadlines, call.start, call.location]).toEqual(['call', ['2026-05-15', '2026-09-15'], null, null]);
    expect(call.title).toMatch(/call for papers/i);
    expect(call.title).toContain('Annual Conference on Town Twinning 2026');
    expect(event).toEqual({ kind: 'event', title: 'Annual Conference on Town Twinning 2026', deadlines: [], start: '2026-10-08', end: '2026-10-09', location: 'Lyon' });
  });

  it('splits a German Tagung that asks for "Beiträge einreichen" by a date; its registration deadline stays the event\u2019s', () => {
    const html = page(`<main><h1>Fachtagung Kommunale Partnerschaften 2026</h1>
      <p>Die Fachtagung findet am 12. November 2026 in Erfurt statt.</p>
      <p>Call for Papers: Sie können Ihre Beiträge einreichen bis zum 30. Juni 2026.</p>
      <p>Anmeldung bis 30. Oktober 2026.</p></main>`);
    const [call, event] = items(html, '2026-03-18');
    expect([call.kind, call.deadlines, call.start]).toEqual(['call', ['2026-06-30'], null]);
    expect(event).toMatchObject({ kind: 'event', title: 'Fachtagung Kommunale Partnerschaften 2026', deadlines: ['2026-10-30'], start: '2026-11-12', location: 'Erfurt' });
  });

  it('gives the call to the bodies whose initiative the conference is, and the event to its host', () => {
    const html = page(`<main><h1>Annual Conference on Town Twinning 2026</h1>
      <p>The conference is an initiative of PLATFORMA and the Council of European Municipalities and Regions (CEMR). It is hosted by the Métropole de Lyon and will take place on 8 October 2026 in Lyon.</p>
      <p>Call for papers: abstracts are due by 15 May 2026.</p></main>`, { lang: 'en' });
    const organizers = run(html, '2026-03-18').items.map((i) => [i.kind, i.organizer]);
    expect(organizers).toEqual([['call', 'PLATFORMA and the Council of European Municipalities and Regions (CEMR)'], ['event', 'Métropole de Lyon']]);
  });

  it('reads "Themenvorschläge bis …" as a call for contributions too', () => {
    const html = page(`<main><h1>Netzwerktreffen Städtepartnerschaften</h1><p>Das Netzwerktreffen findet am 5. Mai 2026 in Kassel statt.</p>
      <p>Themenvorschläge bis 10. April 2026 an die Geschäftsstelle.</p></main>`);
    expect(items(html, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['call', ['2026-04-10'], null], ['event', [], '2026-05-05']]);
  });

  it('keeps an event with only a registration deadline one item (German and English)', () => {
    const de = page(`<main><h1>Fachtagung Kommunale Partnerschaften 2026</h1><p>Die Fachtagung findet am 12. November 2026 in Erfurt statt.</p>
      <p>Anmeldung bis 30. Oktober 2026.</p></main>`);
    expect(items(de, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['event', ['2026-10-30'], '2026-11-12']]);
    const en = page(`<main><h1>Annual Conference on Town Twinning 2026</h1><p>The conference will take place on 8 October 2026 in Lyon.</p>
      <p>Please register by 15 September 2026.</p></main>`, { lang: 'en' });
    expect(items(en, '2026-03-18').map((i) => [i.kind, i.deadlines, i.start])).toEqual([['event', ['2026-09-15'], '2026-10-08']]);
  });
});
