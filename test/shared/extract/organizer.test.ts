/**
 * Who organizes or issues an item: the subject of an issuing verb, a funder field, a listing's introduction, the body
 * the page title ends with, phrases such as "Hosted by" or "Ein Angebot der", and the fuller name of a short form.
 */
import { describe, expect, it } from 'vitest';
import { namedByPhrase } from '../../../shared/extract/organizer-phrases.ts';
import { listingPublisher } from '../../../shared/extract/organizer.ts';
import { fields, page, run } from './helpers.ts';

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

  it('skips a funder field that names only a level of government', () => {
    const html = page(`<main><h1>Förderprogramm Klimapartner</h1><dl><dt>Fördergeber:</dt><dd>Bund</dd></dl>
      <p>Die Servicestelle Kommunen in der Einen Welt (SKEW) fördert Projekte. Anträge sind laufend möglich.</p></main>`);
    expect(run(html, '2025-03-10').items[0]?.organizer).toBe('SKEW');
  });

  it('reads "Das Land unterstützt …" on a ministry’s page as the ministry named in the page title', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Förderaufruf Partner 2026 | Ministerium für Europa des Landes Hessen</title></head>
      <body><main><h1>Förderaufruf Partner 2026</h1><p>Das Land unterstützt Kommunen mit Partnerschaften. Anträge bis zum 30. April 2026.</p>
      <p>Zur Vorbereitung bietet die Landesarbeitsgemeinschaft Beratungen an.</p></main></body></html>`;
    expect(run(html, '2026-02-10').items[0]?.organizer).toBe('Ministerium für Europa des Landes Hessen');
  });

  it('falls back to the body the page title ends with', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Bürgerdialog Klima | Rhein-Sieg-Kreis</title></head>
      <body><main><h1>Bürgerdialog Klima</h1><p>Der Bürgerdialog findet am 12. März 2026 von 18 bis 20 Uhr im Kreishaus in Siegburg statt.</p></main></body></html>`;
    expect(run(html, '2026-02-20').items[0]?.organizer).toBe('Rhein-Sieg-Kreis');
  });

  it('gives listing entries the body the listing’s introduction names ("Veranstaltungen der …")', () => {
    const html = page(`<main><h1>Termine</h1><p>Hier finden Sie Veranstaltungen der Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global.</p>
      <table><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr>
      <tr><td>03.06.2025</td><td>Fachaustausch Faire Beschaffung</td><td>Hannover</td></tr>
      <tr><td>16.09.2025</td><td>Online-Workshop Wirkung</td><td>online</td></tr></table></main>`);
    expect(run(html, '2025-05-20').items.map((i) => i.organizer)).toEqual(['SKEW / Engagement Global', 'SKEW / Engagement Global']);
  });

  it('reads a subject with connectors and its office ("The Covenant of Mayors – Europe office organises …")', () => {
    const html = page(`<main><h1>Webinars 2025</h1><p>The Covenant of Mayors – Europe office organises free webinars for local authorities.</p>
      <table><tr><th>Date</th><th>Topic</th><th>Time (CEST)</th></tr>
      <tr><td>1 July 2025</td><td>Heat action plans for cities</td><td>14:00–15:30</td></tr>
      <tr><td>9 September 2025</td><td>Monitoring made simple</td><td>10:00–11:00</td></tr></table></main>`, { lang: 'en' });
    expect(run(html, '2025-06-20').items.map((i) => i.organizer)).toEqual(['Covenant of Mayors – Europe', 'Covenant of Mayors – Europe']);
  });

  it('reads "X is pleased to open …" as X issuing the call', () => {
    const html = page(`<main><h1>Twinning Fund 2026</h1><p>ICLEI Europe is pleased to open the 2026 round of the fund for local governments.</p>
      <p>Applications are accepted until 11:59 pm CET on January 15, 2026.</p></main>`, { lang: 'en' });
    const { items } = run(html, '2025-11-05');
    expect(items[0]).toMatchObject({ organizer: 'ICLEI Europe', deadline: '2026-01-15T23:59' });
  });

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

  it('names the site from the end of the <title> when the page names no body', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Kleinprojektefonds 2027 | Interreg Bayern–Österreich</title></head><body><main>
      <h1>Kleinprojektefonds 2027</h1><p>Gefördert werden Begegnungen. Anträge bis zum 15. Januar 2027.</p></main></body></html>`;
    expect(run(html, '2026-12-10').items[0].organizer).toBe('Interreg Bayern–Österreich');
  });
});

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

  const newsletter = (title: string) =>
    page(`<main><h1>Newsletter</h1><p>Liebe Leserinnen und Leser, hier kommen Neuigkeiten.</p>
      <div class="entry"><h2>Stadtrundgang „Koloniale Spuren“</h2><p>Samstag, 18.04.2026, 14:00–16:00 Uhr, Treffpunkt am Hauptbahnhof Kassel.</p></div>
      <div class="entry"><h2>Zukunftswerkstatt Fairer Handel</h2><p>Dienstag, 05.05.2026, 17:00–19:30 Uhr, online.</p></div></main>`).replace('<title>Test</title>', `<title>${title}</title>`);

  it('gives a newsletter\u2019s entries that name no body the publisher its <title> names', () => {
    expect(run(newsletter('Newsletter 04/2026 | Netzwerk Weltoffenes Nordhessen'), '2026-03-23').items.map((i) => i.organizer)).toEqual([
      'Netzwerk Weltoffenes Nordhessen',
      'Netzwerk Weltoffenes Nordhessen',
    ]);
    expect(run(newsletter('Mailing April 2026 – Landeszentrale für politische Bildung Kassel'), '2026-03-23').items.map((i) => i.organizer)).toEqual([
      'Landeszentrale für politische Bildung Kassel',
      'Landeszentrale für politische Bildung Kassel',
    ]);
  });

  it('gives no publisher to the entries of a calendar of other bodies\u2019 events ("Termine | …")', () => {
    expect(run(newsletter('Termine | Netzwerk Weltoffenes Nordhessen'), '2026-03-23').items.map((i) => i.organizer)).toEqual([null, null]);
  });
});

describe('listingPublisher', () => {
  it.each([
    ['Newsletter 09/2018 | EPN Hessen', 'EPN Hessen'],
    ['Vorträge, Podiumsgespräche und mehr - LpB Außenstelle Freiburg', 'LpB Außenstelle Freiburg'],
    ['Newsletter der Landeszentrale | politische-bildung-example.de', 'Landeszentrale'],
    ['Veranstaltungskalender – Stadt Lörrach', undefined],
    ['Infomail: Europa am Dienstag: Neue Reihe', undefined],
    ['Eine-Welt-Newsletter 09/2019', undefined],
  ])('%s → %s', (title, expected) => {
    expect(listingPublisher(title)).toBe(expected);
  });
});

describe('lone capitalised words are no bodies', () => {
  const site = '<meta property="og:site_name" content="Amt Nordland">';

  it('does not take a common noun the page puts an article before ("Die Jury vergibt …") for the issuer', () => {
    const html = page(`<main><h1>Dorfpreis 2026</h1><p>Gesucht werden Projekte, die das Leben im Dorf verbessern. Bewerbungsschluss ist der 15.06.2026.</p>
      <p>Die Jury vergibt drei Preise. Die Entscheidung der Jury fällt im Sommer.</p></main>`, { head: site });
    expect(run(html, '2026-03-01').items.map((i) => i.organizer)).toEqual(['Amt Nordland']);
  });

  it('does not take a pronoun or a month that opens a sentence for the issuer', () => {
    const html = page(`<main><h1>Vereinsförderung 2026</h1><p>Es lädt alle Vereine zur Bewerbung ein. Bewerbungsschluss ist der 15.06.2026.</p></main>`, { head: site });
    expect(run(html, '2026-03-01').items.map((i) => i.organizer)).toEqual(['Amt Nordland']);
  });

  it('does not take the event itself for its issuer ("Der Vortrag zeichnet …", "Das Podium …")', () => {
    const html = page(`<main><h1>Studentenbewegungen vor 1968</h1><p>Donnerstag, 14.05.2026, 18:00 Uhr, Rathaus Kassel.</p><p>Vortrag zeichnet ihre Geschichte nach.</p></main>`, { head: site });
    expect(run(html, '2026-03-01').items.map((i) => i.organizer)).toEqual(['Amt Nordland']);
  });

  it('keeps a one-word name the page uses before its own series ("Difu-Dialog"), even after an article', () => {
    const html = page(`<main><h1>Difu-Dialog zur Zukunft der Städte</h1><p>Am 26.11.2026 um 17 Uhr lädt das Difu online zum nächsten Difu-Dialog ein.</p></main>`, { head: site });
    expect(run(html, '2026-11-01').items.map((i) => i.organizer)).toEqual(['Difu']);
  });
});

describe('the site\u2019s own event page', () => {
  const sessions = (title: string) =>
    page(`<main><h1>Sessions</h1><p>Pick one of the sessions below.</p>
      <div class="entry"><h2>Climate-neutral districts</h2><p>Monday 5 October 2026, 14:30–16:00, online.</p></div>
      <div class="entry"><h2>Culture beyond borders</h2><p>Monday 12 October 2026, 16:30–18:00, online.</p></div></main>`, { lang: 'en' }).replace('<title>Test</title>', `<title>${title}</title>`);

  it('gives the entries the site the <title> ends with when the title is one event or speaks in the first person', () => {
    expect(run(sessions('Webinar: Towards the 2026 review | Cities Network'), '2026-09-01').items.map((i) => i.organizer)).toEqual(['Cities Network', 'Cities Network']);
    expect(run(sessions('Join us at the Week of Regions - Cities Network'), '2026-09-01').items.map((i) => i.organizer)).toEqual(['Cities Network', 'Cities Network']);
  });

  it('gives no site to the entries of a page of many events ("Veranstaltungen | …")', () => {
    expect(run(sessions('Veranstaltungen | Cities Network'), '2026-09-01').items.map((i) => i.organizer)).toEqual([null, null]);
  });
});

describe('a person named with the site', () => {
  it('takes the site, not the person, from "Host: Name, Site, Role"', () => {
    const html = page(`<main><h1>Live chat: Powered up</h1><p>28 May 2026, 13:30–14:30 CEST, online.</p><p>Host: Clara Rohmer, Cities Network, Strategic Partnerships</p></main>`, { lang: 'en' })
      .replace('<title>Test</title>', '<title>Live chats – Cities Network</title>');
    expect(run(html, '2026-05-01').items.map((i) => i.organizer)).toEqual(['Cities Network']);
  });
});
