/**
 * General rules found in the second generalisation round (test/fixtures/corpus/extra/r2-*): markup noise, inline
 * start/end labels, council sessions, outcome and completion dates, job advertisements, open programmes without a
 * deadline, and who issues a call when the page says only "das Land".
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('markup noise', () => {
  it('reads through soft hyphens in headings and cue words', () => {
    const html = page(`<main><h1>Regional&shy;konferenz Eine Welt 2026</h1><p>Die Konferenz findet am 3. Oktober 2026 in Kassel statt.</p>
      <p>Anmelde&shy;schluss: 20. September 2026</p></main>`);
    const { items } = run(html, '2026-08-01');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', title: 'Regionalkonferenz Eine Welt 2026', deadline: '2026-09-20', start: '2026-10-03' });
  });

  it('takes "Wann und wo" for a field heading, not for an item of its own', () => {
    const html = page(`<main><h1>Netzwerktreffen Faire Kommunen</h1><p>Wir laden alle Fairtrade-Towns der Region ein.</p>
      <h2>Wann und wo</h2><p>Termin: 12. Mai 2026<br>Ort: Rathaus, Markt 1, 34117 Kassel</p></main>`);
    const { items } = run(html, '2026-04-01');
    expect(items.map((i) => [i.title, i.start, i.location])).toEqual([['Netzwerktreffen Faire Kommunen', '2026-05-12', 'Kassel']]);
  });
});

describe('event times', () => {
  it('reads inline "Beginn:" and "Ende:" labels inside one line as the start and end time', () => {
    const html = page(`<main><h1>Fachtag Kommunale Partnerschaften</h1><p>Zwei Tage Austausch für Verwaltungen und Vereine.</p>
      <p>Termin: 17.–18. September 2026<br>Beginn: 9:30 Uhr (erster Tag), Ende: ca. 16:00 Uhr (zweiter Tag)<br>Ort: Tagungshaus, 99084 Erfurt</p>
      <ul><li>9:30 Uhr Ankommen</li><li>19:00 Uhr Abendempfang</li></ul></main>`);
    const { items } = run(html, '2026-06-15');
    expect(items[0]).toMatchObject({ start: '2026-09-17T09:30', end: '2026-09-18T16:00' });
  });

  it('does not append a bold date line to an event section’s title', () => {
    const html = page(`<main><h1>Call for Proposals 2025</h1><p>Cities may apply. Submission deadline: 4 September 2025 at 17:00 CEST.</p>
      <h2>Information session</h2><p><strong>Information session: 26 June 2025, 10:00–11:30 CEST, online</strong><br>Streamed via Webex.</p></main>`, { lang: 'en' });
    const { items } = run(html, '2025-06-02');
    expect(items.map((i) => [i.kind, i.title])).toEqual([['call', 'Call for Proposals 2025'], ['event', 'Information session']]);
  });
});

describe('info evenings', () => {
  it('makes an event of an "Informationsabend am …" section on a call’s page', () => {
    const html = page(`<main><h1>Projektaufruf Faire Gemeinde 2026</h1><p>Projektskizzen können bis zum 15. Juni 2026 eingereicht werden.</p>
      <h2>Informationsabend</h2><p>Interessierte sind zum Informationsabend am Dienstag, 21. April, von 17:30 bis 19:00 Uhr im Rathaus, Markt 1, 91522 Ansbach, eingeladen.</p></main>`);
    const { items } = run(html, '2026-03-25');
    expect(items.map((i) => [i.kind, i.deadline, i.start, i.end, i.location])).toEqual([
      ['call', '2026-06-15', null, null, null],
      ['event', null, '2026-04-21T17:30', '2026-04-21T19:00', 'Ansbach'],
    ]);
  });
});

describe('council documents', () => {
  it('makes no events of council and committee sessions', () => {
    const html = page(`<main><h1>Sitzungstermine</h1><p>Die Sitzungen sind öffentlich.</p>
      <table><tr><th>Datum</th><th>Gremium</th><th>Ort</th></tr>
      <tr><td>04.09.2025</td><td>Haupt- und Finanzausschuss</td><td>Rathaus</td></tr>
      <tr><td>25.09.2025</td><td>Stadtverordnetenversammlung</td><td>Stadthalle</td></tr>
      <tr><td>13.11.2025</td><td>Gemeinderat</td><td>Rathaus</td></tr></table></main>`);
    expect(run(html, '2025-09-01').items).toEqual([]);
  });

  it('names a Beschlussvorlage’s item by the call it quotes, issued by the body that published it', () => {
    const html = page(`<main><h1>Vorlage - 2025/0099</h1>
      <p>Das Staatsministerium Baden-Württemberg hat am 02.04.25 den Förderaufruf „Partnerstädte gestalten“ veröffentlicht. Gefördert werden Projekte mit Partnerkommunen.</p>
      <p>Frist zur Einreichung: 30.06.25</p><p>Das Komitee unterstützt die Antragstellung.</p></main>`);
    const { items } = run(html, '2025-05-20');
    expect(items.map((i) => [i.kind, i.title, i.deadline, i.organizer])).toEqual([['call', 'Förderaufruf „Partnerstädte gestalten“', '2025-06-30', 'Staatsministerium Baden-Württemberg']]);
  });
});

describe('dates that are no deadlines', () => {
  it('reads what a funded project must finish or runs until as its period', () => {
    const html = page(`<main><h1>Förderaufruf Begegnung 2026</h1><p>Antragsfrist: 15.05.2026. Die Maßnahmen sind bis zum 30.06.2027 abzuschließen.</p>
      <p>Die Projekte laufen bis zum 31. Dezember 2027. Alle Vorhaben müssen bis 31.12.2027 durchgeführt werden.</p></main>`);
    expect(deadlineValues(run(html, '2026-03-01'))).toEqual(['2026-05-15']);
  });

  it('does not read "befristet bis" as a deadline', () => {
    const html = page(`<main><h1>Förderaufruf Klimapartner 2026</h1><p>Die Förderung ist bis zum 31.01.2028 befristet. Anträge bis zum 15.03.2026.</p></main>`);
    expect(deadlineValues(run(html, '2026-01-10'))).toEqual(['2026-03-15']);
  });

  it('reads when applicants hear the outcome as a decision date', () => {
    const de = page(`<main><h1>Förderpreis Gemeinsam 2026</h1><p>Bewerbungsschluss: 31.03.2026.</p>
      <p>Alle Bewerberinnen und Bewerber werden bis Ende Mai über das Ergebnis informiert.</p></main>`);
    expect(deadlineValues(run(de, '2026-01-20'))).toEqual(['2026-03-31']);
    const en = page(`<main><h1>Climate Twinning Fund 2026</h1><p>Applications are accepted until January 15, 2026.</p>
      <p>Grant decisions will be announced by March 31, 2026.</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(en, '2025-11-05'))).toEqual(['2026-01-15']);
  });
});

describe('what is not a call, and what is one', () => {
  it('makes no call of a job advertisement with an application deadline', () => {
    const html = page(`<main><h1>Referent*in für Städtepartnerschaften (m/w/d)</h1>
      <p>Die Stadt sucht zum 01.03.2026 eine Fachkraft in Vollzeit, Entgeltgruppe 10 TVöD.</p><p><strong>Bewerbungsfrist: 15.01.2026</strong></p></main>`);
    expect(run(html, '2025-12-01').items).toEqual([]);
  });

  it('keeps a call that funds staff positions (pay scale words alone are no job advertisement)', () => {
    const html = page(`<main><h1>Förderaufruf Koordinationsstellen 2026</h1>
      <p>Gefördert werden Personalstellen in Vollzeit oder Teilzeit bis Entgeltgruppe 13 TVöD. Antragsfrist: 31.03.2026.</p></main>`);
    expect(run(html, '2026-01-10').items.map((i) => [i.kind, i.deadline])).toEqual([['call', '2026-03-31']]);
  });

  it('keeps an event page’s own heading when its text names a competition in quotes', () => {
    const html = page(`<main><h1>Netzwerktreffen Faire Kommunen 2026</h1>
      <p>Das Treffen findet am 12. Mai 2026 in Kassel statt. Vorgestellt wird auch der Wettbewerb „Hauptstadt des Fairen Handels“.</p></main>`);
    expect(run(html, '2026-04-01').items.map((i) => [i.kind, i.title])).toEqual([['event', 'Netzwerktreffen Faire Kommunen 2026']]);
  });

  it('keeps a programme that invites applications now, without a deadline, as a call', () => {
    const html = page(`<main><h1>Kommunale Wasserpartnerschaften</h1>
      <p>Das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ) unterstützt Kommunen mit einem Zuschuss.</p>
      <p>Sie stellen Ihren Antrag über das Online-Portal von Engagement Global.</p><p>Stand: 14.02.2025</p></main>`);
    const { items } = run(html, '2025-03-10');
    expect(items.map((i) => [i.kind, i.title, i.deadline, i.organizer])).toEqual([['call', 'Kommunale Wasserpartnerschaften', null, 'BMZ']]);
  });

  it('does not take the bare word "Förderprogramm" for a fund’s name', () => {
    const html = page(`<main><h1>Partnerschaften mit Afrika</h1><p>Förderprogramm</p>
      <p>Gefördert werden Projekte mit Zuschüssen. Anträge können laufend gestellt werden.</p></main>`);
    expect(run(html, '2025-03-10').items.map((i) => i.title)).toEqual(['Partnerschaften mit Afrika']);
  });
});

describe('organizer', () => {
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
});
