/** Fifth generalisation round: behaviours found on unseen pages (test/fixtures/corpus/extra/r5-*). */
import { describe, expect, it } from 'vitest';
import { namedByPhrase } from '../../../shared/extract/organizer-phrases.ts';
import { readSiteOwner } from '../../../shared/extract/site-owner.ts';
import { snapshot } from '../../../shared/extract/page.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { deadlineValues, page, run } from './helpers.ts';

const fields = (html: string, now: string) => run(html, now).items.map((i) => [i.kind, i.title, i.start, i.end, i.location, i.organizer]);

describe('organizer named by a phrase, not a field', () => {
  it.each([
    ['Hosted by Energy Cities · In person · Free of charge', 'Energy Cities'],
    ['Ein Angebot der Landeszentrale für politische Bildung Baden-Württemberg (LpB)', 'Landeszentrale für politische Bildung Baden-Württemberg (LpB)'],
    ['The workshop is organised by the City of Leipzig. Registration is open.', 'City of Leipzig'],
    ['Veranstaltet von Netzwerk Weltkirche, gefördert von Engagement Global', 'Netzwerk Weltkirche'],
    [
      'Ein Fachtag des Eine Welt Landesnetzwerks Mecklenburg-Vorpommern e. V. in Kooperation mit dem Städte- und Gemeindetag Mecklenburg-Vorpommern e. V.',
      'Eine Welt Landesnetzwerk Mecklenburg-Vorpommern / Städte- und Gemeindetag Mecklenburg-Vorpommern',
    ],
  ])('%s → %s', (text, expected) => {
    expect(namedByPhrase(text)).toBe(expected);
  });

  it('names no funder and nothing where no phrase names a body', () => {
    expect(namedByPhrase('Gefördert von Engagement Global mit Mitteln des BMZ.')).toBeUndefined();
    expect(namedByPhrase('Die Veranstaltung wird von der Stadt organisiert.')).toBeUndefined();
  });

  it('prefers "Hosted by" over the aggregator site that lists the event', () => {
    const html = page(`<main><h1>Peer-Learning Workshop on Climate Finance</h1><p>Hosted by Energy Cities · In person</p>
      <p>Date: Thursday 23 April 2026, 09:30–16:00</p><p>Venue: Grand Kursaal, 25000 Besançon, France</p></main>`, { lang: 'en', head: '<meta property="og:site_name" content="Climate Hub">' });
    expect(fields(html, '2026-03-05')).toEqual([['event', 'Peer-Learning Workshop on Climate Finance', '2026-04-23T09:30', '2026-04-23T16:00', 'Besançon', 'Energy Cities']]);
  });
});

describe('the site names itself outside the content', () => {
  it('reads the logo alt text without "zur Startseite" and the imprint publisher up to the first comma', () => {
    const root = snapshot(cheerioView(page(`<header><a href="/"><img src="l.svg" alt="Stiftung Kommunal Global – zur Startseite"></a></header>
      <main><p>Text</p></main><footer><p><strong>Herausgeber:</strong> Landkreis Vorpommern-Greifswald, Der Landrat, Feldstraße 85a</p></footer>`)));
    expect(readSiteOwner(root)).toEqual({ logo: 'Stiftung Kommunal Global', publisher: 'Landkreis Vorpommern-Greifswald' });
  });

  it('ignores an alt text that only says "Logo" and a lower-case "Herausgeber" in running text', () => {
    const root = snapshot(cheerioView(page(`<div class="logo"><img alt="Logo"></div><main><p>Der Herausgeber der Zeitschrift ist ein Verein.</p></main>`)));
    expect(readSiteOwner(root)).toEqual({});
  });

  it('takes the organizer of a first-person call page from the logo', () => {
    const html = page(`<header><a class="brand" href="/"><img alt="Stiftung Kommunal Global – zur Startseite"></a></header>
      <main><h1>Förderaufruf „Klimapartnerschaften konkret“ 2026</h1><p>Wir fördern kommunale Klimapartnerschaften. Anträge können bis zum 30. April 2026 eingereicht werden.</p></main>`);
    expect(run(html, '2026-02-20').items.map((i) => i.organizer)).toEqual(['Stiftung Kommunal Global']);
  });

  it('takes a "Der Landkreis lobt … aus" issuer from the imprint', () => {
    const html = page(`<main><h1>Heimatpreis 2026</h1><p>Der Landkreis lobt auch in diesem Jahr den Heimatpreis aus. Bewerbungen sind bis zum 30. April 2026 einzureichen.</p></main>
      <footer><p>Herausgeber: Landkreis Vorpommern-Greifswald, Der Landrat</p></footer>`);
    expect(run(html, '2026-03-10').items.map((i) => i.organizer)).toEqual(['Landkreis Vorpommern-Greifswald']);
  });
});

describe('organizer short forms', () => {
  it('completes a bare head noun with the fuller name the page gives ("Staatsministerium" → "Staatsministerium Baden-Württemberg")', () => {
    const html = page(`<main><h1>Landeswettbewerb 2026</h1><p>Das Staatsministerium Baden-Württemberg schreibt den Wettbewerb aus. Einsendeschluss ist der 15. Juni 2026.</p>
      <h2>Online-Infoveranstaltung zum Wettbewerb</h2><p>Am Dienstag, 21. April 2026, stellt das Staatsministerium den Wettbewerb in einer Online-Infoveranstaltung von 15 bis 16 Uhr vor.</p></main>`);
    expect(fields(html, '2026-03-25')).toEqual([
      ['call', 'Landeswettbewerb 2026', null, null, null, 'Staatsministerium Baden-Württemberg'],
      ['event', 'Online-Infoveranstaltung zum Wettbewerb', '2026-04-21T15:00', '2026-04-21T16:00', 'online', 'Staatsministerium Baden-Württemberg'],
    ]);
  });
});

describe('titles', () => {
  it('drops a status prefix ("Neu:", "Aktuell:")', () => {
    const html = page(`<main><h1>Aktuell: Förderung von Partnerschaftsprojekten 2026</h1><p>Antragsfrist: 31. März 2026.</p></main>`);
    expect(run(html, '2026-02-10').items.map((i) => i.title)).toEqual(['Förderung von Partnerschaftsprojekten 2026']);
  });

  it('writes an all-caps heading in normal case', () => {
    const html = page(`<main><h1>FACHTAG KOMMUNALE ENTWICKLUNGSPOLITIK IN DER EU 2026</h1><p>Der Fachtag findet am 15. Mai 2026 in Rostock statt.</p></main>`);
    expect(run(html, '2026-03-20').items.map((i) => i.title)).toEqual(['Fachtag Kommunale Entwicklungspolitik in der EU 2026']);
  });

  it('takes a hero H1 above <main> (lines split by <br>) over the content\u2019s first H2', () => {
    const html = page(`<section class="hero"><h1>Jugend gestaltet Partnerschaft<br>Förderaufruf 2026</h1></section>
      <main><h2>Förderung</h2><p>Die Antragsfrist endet am 15. April 2026.</p></main>`);
    expect(run(html, '2026-03-12').items.map((i) => i.title)).toEqual(['Jugend gestaltet Partnerschaft – Förderaufruf 2026']);
  });

  it('replaces a template heading ("Detailansicht") by the <title> when the news has no headline', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Kleinprojektefonds Partnerschaften 2026 - Landkreis Harburg</title></head><body>
      <main><h1>Detailansicht</h1><p>Aus dem Fonds können Zuschüsse beantragt werden. Anträge sind bis spätestens 8. Mai 2026 einzureichen.</p></main></body></html>`;
    expect(run(html, '2026-03-02').items.map((i) => i.title)).toEqual(['Kleinprojektefonds Partnerschaften 2026']);
  });

  it('titles a container page\u2019s call by its own section ("Amtsblatt Nr. 3" → "Ausschreibung des Heimatpreises 2026")', () => {
    const html = page(`<main><h1>Amtsblatt Nr. 3/2026</h1>
      <h2>1. Bekanntmachung der Haushaltssatzung</h2><p>Die Satzung liegt vom 9. März 2026 bis zum 20. März 2026 aus.</p>
      <h2>2. Ausschreibung des Heimatpreises 2026</h2><p>Bewerbungen sind bis zum 30. April 2026 einzureichen.</p></main>`);
    expect(run(html, '2026-03-10').items.map((i) => [i.title, i.deadline])).toEqual([['Ausschreibung des Heimatpreises 2026', '2026-04-30']]);
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

describe('what is no item', () => {
  it('makes no event of a committee\u2019s public session page', () => {
    const html = page(`<main><h1>Sitzung des Ausschusses für Umwelt und Klima</h1><table><tr><th>Datum:</th><td>Do, 19.03.2026</td></tr><tr><th>Zeit:</th><td>17:00 - 19:30</td></tr></table>
      <p>Die öffentliche Sitzung beginnt um 17:00 Uhr. Zuhörerinnen und Zuhörer sind willkommen.</p></main>`);
    expect(run(html, '2026-03-13').items).toEqual([]);
  });
});

describe('deadlines', () => {
  it('reads a long label that opens with a deadline noun ("Antragsfrist für Vorhaben, die 2026 beginnen: 31. März 2026")', () => {
    const html = page(`<main><h1>Förderung 2026</h1><details><summary>Fristen</summary><p>Antragsfrist für Vorhaben, die 2026 beginnen: 31. März 2026.</p>
      <p>Für Kleinprojekte gibt es eine zweite Antragsfrist am 30. September 2026.</p></details></main>`);
    expect(deadlineValues(run(html, '2026-02-10'))).toEqual(['2026-03-31', '2026-09-30']);
  });

  it('drops the date of a closed first round written in a compound ("Die erste Förderrunde mit Einreichungsfrist 15. Januar 2026 ist abgeschlossen")', () => {
    const html = page(`<main><h1>Aufruf 2026 (zweite Förderrunde)</h1><p>Die erste Förderrunde mit Einreichungsfrist 15. Januar 2026 ist abgeschlossen.</p>
      <p>Projektvorschläge sind bis zum 19. Juni 2026 einzureichen.</p></main>`);
    expect(deadlineValues(run(html, '2026-04-14'))).toEqual(['2026-06-19']);
  });

  it('takes no organiser\u2019s confirmation date and no calendar week for a deadline', () => {
    const en = page(`<main><h1>Workshop on Twinning</h1><p>Date: 23 April 2026, Besançon</p><p>Please register by 3 April 2026; confirmations will be sent by 10 April 2026.</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(en, '2026-03-05'))).toEqual(['2026-04-03']);
    const kw = page(`<main><h1>Förderaufruf Stadtnatur 2026</h1><p>Interessenbekundungen bis einschließlich KW 12. Vollanträge bis zum 30. Juni 2026.</p></main>`);
    expect(deadlineValues(run(kw, '2026-03-02'))).toEqual(['2026-06-30']);
  });

  it('reads a "Letters of intent" row as an expression-of-interest deadline and "Key dates" as a field heading', () => {
    const html = page(`<main><h1>Partnership Grants 2026</h1><p>We invite municipalities to apply for grants.</p><h2>Key dates</h2>
      <table><tr><td>Letters of intent (optional)</td><td>20 February 2026</td></tr><tr><td>Application deadline</td><td>15 March 2026</td></tr></table></main>`, { lang: 'en' });
    const result = run(html, '2026-01-26');
    expect(result.items.map((i) => i.title)).toEqual(['Partnership Grants 2026']);
    expect(deadlineValues(result)).toEqual(['2026-02-20', '2026-03-15']);
  });
});

describe('place of a municipality\u2019s own event', () => {
  it('gives an event in "Rathaus, Sitzungssaal" the town of the Stadt that holds it', () => {
    const html = page(`<main><h1>Workshop: Partnerschaft neu denken</h1><p>Die Stadt Herrenberg lädt Vereine zum Workshop ein.</p>
      <p><strong>Termin:</strong> Mi 18.03.2026 | 17–19 Uhr | Rathaus, Sitzungssaal</p></main>`);
    expect(fields(html, '2026-02-25')).toEqual([['event', 'Workshop: Partnerschaft neu denken', '2026-03-18T17:00', '2026-03-18T19:00', 'Herrenberg', 'Stadt Herrenberg']]);
  });
});

describe('held-out fixes (r5-heldout-*)', () => {
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

  it('places an event in "Bürgersaal im Rathaus" in the town of the Gemeinde whose site lists it', () => {
    const html = page(`<div id="kopf"><a href="/"><img alt="Gemeinde Kirchzarten"></a></div><main><h1>Fairtrade-Frühstück</h1>
      <dl><dt>Datum</dt><dd>So, 10.05.2026, 10:00 Uhr</dd><dt>Ort</dt><dd>Bürgersaal im Rathaus</dd><dt>Veranstalter</dt><dd>Steuerungsgruppe Fairtrade</dd></dl></main>`);
    expect(run(html, '2026-04-02').items.map((i) => [i.location, i.organizer])).toEqual([['Kirchzarten', 'Steuerungsgruppe Fairtrade']]);
  });
});
