/** Stage behaviour through small hand-written pages: boilerplate, segmentation, titles, locations, hostile text. */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('boilerplate removal', () => {
  it('reads no dates from navigation, sidebars, footers, cookie banners and teaser boxes', () => {
    const html = page(`
      <header><nav><a href="/">Start</a> Anmeldeschluss 01.04.2024</nav></header>
      <main><h1>Fachtag Kommunale Partnerschaften</h1>
        <p>Der Fachtag findet am 20. Mai 2024 von 10 bis 16 Uhr in 53113 Bonn statt.</p>
        <p>Anmeldung bis zum 10. Mai 2024.</p>
        <div class="box"><h3>Weitere Meldungen</h3><p>Workshop am 15. März 2024 – Anmeldung bis 10. März 2024</p></div>
      </main>
      <aside><h3>Termine</h3><p>Netzwerktreffen am 5. April 2024, Anmeldeschluss 1. April 2024</p></aside>
      <footer>Stand: 01.02.2024 · Bewerbungsfrist 31.12.2024</footer>
      <div class="cookie-banner">Cookies bis 31.12.2030 gespeichert</div>`);
    const { items } = run(html);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', title: 'Fachtag Kommunale Partnerschaften', start: '2024-05-20T10:00', end: '2024-05-20T16:00', location: 'Bonn', deadline: '2024-05-10' });
  });

  it('finds the densest block when the page has no <main> or <article>', () => {
    const html = page(`<table id="layout"><tr><td id="menu"><ul><li><a href="/">Start</a></li><li><a href="/t">Termine</a></li></ul></td>
      <td><div class="termin"><h2>Online-Seminar Fördermittel</h2><p><b>Datum:</b> 12. März 2024</p><p><b>Zeit:</b> 10 bis 12 Uhr</p>
      <p><b>Ort:</b> online (Zoom)</p><p>Wir stellen Förderprogramme für Kommunen vor und beantworten Ihre Fragen zur Antragstellung in aller Ruhe.</p></div></td></tr></table>`);
    const { items } = run(html);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', title: 'Online-Seminar Fördermittel', start: '2024-03-12T10:00', end: '2024-03-12T12:00', location: 'online' });
  });
});

describe('segmentation', () => {
  it('gives one item per dated list entry of a listing', () => {
    const html = page(`<main><h1>Vernetzung</h1><h3>Anstehende Vernetzungstreffen</h3><ul>
      <li>Regionaltreffen Nord am 04.07.2024 <a href="/a">Mehr</a></li>
      <li>Fachforum Faire Beschaffung am 12.09.2024 <a href="/b">Mehr</a></li>
      <li>Jahrestagung der Fairtrade-Towns am 19.10.2024 <a href="/c">Mehr</a></li></ul></main>`);
    const { items } = run(html, '2024-06-01');
    expect(items.map((i) => [i.kind, i.title, i.start])).toEqual([
      ['event', 'Regionaltreffen Nord', '2024-07-04'],
      ['event', 'Fachforum Faire Beschaffung', '2024-09-12'],
      ['event', 'Jahrestagung der Fairtrade-Towns', '2024-10-19'],
    ]);
  });

  it('gives one call per table row that names a call, and none for the page that lists them', () => {
    const html = page(`<main><h1>Jetzt beantragen</h1><p>Im Programm „Europa für Bürger“ sind Anträge noch bis 4. Februar bzw. bis 1. September möglich.</p>
      <table><thead><tr><th>Maßnahme</th><th>Einreichung spätestens</th></tr></thead><tbody>
      <tr><td>Bürgerbegegnungen in Partnerstädten</td><td>4. Februar 2020 und 1. September 2020</td></tr>
      <tr><td>Netzwerke von Partnerstädten</td><td>3. März 2020 und 1. September 2020</td></tr></tbody></table></main>`,
      { head: '<meta property="article:published_time" content="2020-01-10T08:00:00+01:00">' });
    const result = run(html, '2020-01-14');
    expect(result.items.map((i) => i.kind)).toEqual(['call', 'call']);
    expect(result.items[0].title).toBe('Europa für Bürger – Bürgerbegegnungen in Partnerstädten');
    expect(deadlineValues(result, 0)).toEqual(['2020-02-04', '2020-09-01']);
    expect(deadlineValues(result, 1)).toEqual(['2020-03-03', '2020-09-01']);
    expect(result.items[1].deadline).toBe('2020-03-03');
  });

  it('keeps the stages of a two-stage call in one item', () => {
    const html = page(`<main><h1>Förderprogramm Partnerschaftsprojekte</h1><h2>Bekanntmachung 2024</h2>
      <p>Zuerst reichen Sie eine Projektskizze ein; sie muss bis spätestens 31. Juli 2023 vorliegen. Den Förderantrag stellen Sie bis spätestens 30. September 2023.</p>
      <table><thead><tr><th>Schritt</th><th>Was?</th><th>Frist</th></tr></thead><tbody>
      <tr><td>1</td><td>Projektskizze / Interessenbekundung</td><td>31.07.2023</td></tr><tr><td>2</td><td>Förderantrag</td><td>30.09.2023</td></tr></tbody></table></main>`);
    const result = run(html, '2023-06-14');
    expect(result.items).toHaveLength(1);
    expect(result.items[0].deadlines.map((d) => [d.date, d.kind])).toEqual([['2023-07-31', 'interest'], ['2023-09-30', 'application']]);
    expect(result.items[0].deadline).toBe('2023-07-31');
  });

  it('makes an info webinar on a call page an item of its own', () => {
    const html = page(`<main><h1>Call for Action Planning Networks</h1>
      <p>The call opened on 9 January 2023. Applications can be submitted until 31 March 2023, 15:00 CEST.</p>
      <h3>Info sessions</h3><p>Join our webinar:</p><div><p><time datetime="2023-01-17T10:00:00+01:00">17 January 2023, 10:00–11:00 CET</time></p><p><strong>The call in a nutshell</strong> – online</p></div></main>`, { lang: 'en' });
    const { items } = run(html, '2023-01-12');
    expect(items.map((i) => [i.kind, i.deadline, i.start, i.end, i.location])).toEqual([
      ['call', '2023-03-31T15:00', null, null, null],
      ['event', null, '2023-01-17T10:00', '2023-01-17T11:00', 'online'],
    ]);
    expect(items[1].title).toContain('The call in a nutshell');
  });

  it('makes no item of news about past things or of a programme only described', () => {
    const news = page(`<main><article><h1>Delegation zu Besuch</h1><p class="meta"><time datetime="2025-10-01">01.10.2025</time></p>
      <p>Anfang September trafen sich Kommunen zu einer Partnerschaftskonferenz in Gießen. Am 12. September 2025 besuchten die Gäste die Feuerwehr.</p></article></main>`,
      { head: '<meta property="og:type" content="article">' });
    expect(run(news, '2025-10-02').items).toEqual([]);
    const described = page(`<main><h1>Kommunale Entwicklungspolitik</h1><p>Der Kreis fördert seit 2018 Projekte in der Partnerregion.</p>
      <ul><li>Aufbau einer Geburtshilfestation (2025-2027)</li><li>Frauenkooperative (2024)</li></ul><p>Zuletzt aktualisiert: 14.08.2025</p></main>`);
    expect(run(described, '2025-10-08').items).toEqual([]);
  });

  it('drops a round the page says is over, but keeps a call whose deadline has just passed', () => {
    const closed = page(`<main><h1>Wettbewerb Hauptstadt des Fairen Handels</h1><p>Die Bewerbungsphase im Wettbewerb ist beendet. Einsendeschluss war der 28. Juni 2019.</p></main>`);
    expect(run(closed, '2019-07-10').items).toEqual([]);
    const quoted = page(`<main><h1>Antrag: Interessenbekundung Klimapartnerschaften</h1><p>Kalletal, 04.04.2022</p>
      <p>Bis zum 31. März 2022 können Interessenbekundungen zur Projektteilnahme eingereicht werden.</p></main>`);
    const { items } = run(quoted, '2022-04-06');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'call', deadline: '2022-03-31', location: null, start: null });
  });

  it('keeps a rolling call without a deadline and notes a relative deadline as text', () => {
    const rolling = page(`<main><h1>Mikroförderprogramm Ehrenamt</h1><p>Für das Förderjahr 2024 können seit dem 15. November 2023 fortlaufend Anträge gestellt werden.</p></main>`);
    expect(run(rolling, '2024-01-17').items[0]).toMatchObject({ kind: 'call', deadline: null, deadlines: [] });
    const relative = page(`<main><h1>Kleinprojektefonds 2022</h1><p>Den Antrag stellen Sie mindestens sechs Wochen vor Beginn des Projekts – spätestens jedoch bis zum 15. Oktober.</p></main>`,
      { head: '<meta property="article:published_time" content="2022-05-12T10:00:00+02:00">' });
    const item = run(relative, '2022-05-18').items[0];
    expect(item.deadlines.map((d) => d.date)).toEqual(['2022-10-15']);
    expect(item.summary).toContain('sechs Wochen vor Beginn des Projekts');
  });

  it('reads undated Stichtage under a heading with a year, and not the committee dates beside them', () => {
    const html = page(`<main><h2>Aktionsfonds für Demokratie</h2><p>Anträge an die Fachstelle; der Begleitausschuss entscheidet.</p><h3>Stichtage und Termine 2023</h3>
      <table><thead><tr><th>Antragseingang bis</th><th>Sitzung des Begleitausschusses</th><th>Frühester Projektbeginn</th></tr></thead>
      <tbody><tr><td>07.04.</td><td>24.04.</td><td>25.04.</td></tr><tr><td>09.06.</td><td>19.06.</td><td>20.06.</td></tr></tbody></table></main>`);
    const result = run(html, '2023-05-22');
    expect(deadlineValues(result)).toEqual(['2023-04-07', '2023-06-09']);
    expect(result.items[0].deadline).toBe('2023-06-09');
  });
});

describe('item fields', () => {
  it('converts structured UTC times to Berlin wall-clock time', () => {
    const html = page(`<main><h2>Online-Vernetzungstreffen</h2><p>Wir treffen uns online. Anmeldung möglichst bis zum 22.03.2021.</p></main>`, {
      head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Online-Vernetzungstreffen","startDate":"2021-03-25T09:00:00Z","endDate":"2021-03-25T13:00:00Z","location":{"@type":"VirtualLocation","url":"https://x"}}</script>`,
    });
    expect(run(html, '2021-03-10').items[0]).toMatchObject({ kind: 'event', start: '2021-03-25T10:00', end: '2021-03-25T14:00', location: 'online', deadline: '2021-03-22' });
  });

  it('reads "Datum von / bis" and "Uhrzeit von / bis" fields and the city of a venue', () => {
    const html = page(`<main><h1>Regionales Netzwerktreffen Migration</h1><table>
      <tr><th>Datum von:</th><td>Dienstag, 17. Dezember 2019</td></tr><tr><th>Datum bis:</th><td>Mittwoch, 18. Dezember 2019</td></tr>
      <tr><th>Uhrzeit von:</th><td>12:30</td></tr><tr><th>Uhrzeit bis:</th><td>14:00</td></tr></table>
      <h2>Veranstaltungsort</h2><address>Landratsamt<br>Schönburger Straße 41<br>06618 Naumburg</address>
      <p>Anmelden können Sie sich bis zum 11.Dezember.</p>
      <h2>Kontakt</h2><table><tr><th>Veranstalter:</th><td>Servicestelle Kommunen in der Einen Welt (SKEW)</td></tr></table></main>`);
    expect(run(html, '2019-11-22').items[0]).toMatchObject({ start: '2019-12-17T12:30', end: '2019-12-18T14:00', location: 'Naumburg', deadline: '2019-12-11', organizer: 'SKEW' });
  });

  it('cuts the site name from the page title and reads titles as plain text', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Förderaufruf Klima - Stadt Musterhausen</title><meta property="og:site_name" content="Stadt Musterhausen"></head>
      <body><div><p>Der Förderaufruf Klima läuft. Anträge können bis zum 30. Juni 2024 gestellt werden. Gefördert werden Vorhaben im Klimaschutz.</p></div></body></html>`;
    expect(run(html).items[0].title).toBe('Förderaufruf Klima');
  });

  it('keeps hostile markup in a title as inert text', () => {
    const html = page(`<main><h1>&lt;img src=x onerror=alert(1)&gt; Wettbewerb <img src=x onerror="alert(2)">Klima<script>alert(3)</script></h1>
      <p>Einsendeschluss ist der 30. Juni 2024.</p></main>`);
    const item = run(html).items[0];
    expect(item.title).toBe('<img src=x onerror=alert(1)> Wettbewerb Klima');
    expect(JSON.stringify(item)).not.toContain('alert(2)');
    expect(JSON.stringify(item)).not.toContain('alert(3)');
  });

  it('reads US dates when the page declares them, and UTC times as Berlin time', () => {
    const html = page(`<main><h1>Webinar series</h1><p>All times are given in UTC. Dates are written month/day/year.</p>
      <div><h3>Just Transition</h3><p>Speaker – <strong>09/04/2019 16:00 UTC</strong></p></div>
      <div><h3>Green New Deal</h3><p>Speaker – <strong>08/21/2019 17:00 UTC</strong></p></div></main>`, { lang: 'en' });
    expect(run(html, '2019-07-25').items.map((i) => [i.start, i.location])).toEqual([
      ['2019-09-04T18:00', 'online'],
      ['2019-08-21T19:00', 'online'],
    ]);
  });
});
