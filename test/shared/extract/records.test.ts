/**
 * Records of a listing (shared/extract/records.ts): repeated sibling containers of one kind — a calendar's
 * `<div class="termin">`, an archive's `<article class="event">` — each with a date and a name are one item each,
 * whatever the headings inside them say; on small hand-made pages.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const NOW = '2026-03-01';
const items = (body: string, lang = 'de') => run(page(body, { lang }), NOW).items;

describe('records: repeated containers of a listing', () => {
  it('gives each record its own date box, also when the box stands above the heading', () => {
    // the date box of the second and third record stands after the text of the record before: by headings alone it
    // would date the wrong entry
    const found = items(`<main><h1>Veranstaltungen im April</h1>
      <div class="termin"><p class="datum">14.04.2026</p><p class="ort">Kassel</p><h2>Smart und gesund unterwegs in Städten</h2><p>Drei Themenblöcke rund um Verkehr, Luft und Lärm in der Kommune.</p></div>
      <div class="termin"><p class="datum">21.04.2026</p><p class="ort">Fulda</p><h2>Partizipative Stadtentwicklung</h2><p>Vier Jahre gemeinsame Arbeit von Forschung und Planung werden vorgestellt.</p></div>
      <div class="termin"><p class="datum">28.04.2026</p><p class="ort">Marburg</p><h2>Energiewende vor Ort</h2><p>Erfahrungen aus Stadtwerken und Bürgerenergie im Austausch.</p></div>
    </main>`);
    expect(found.map((i) => [i.title, i.start])).toEqual([
      ['Smart und gesund unterwegs in Städten', '2026-04-14'],
      ['Partizipative Stadtentwicklung', '2026-04-21'],
      ['Energiewende vor Ort', '2026-04-28'],
    ]);
  });

  it('makes an item of each record when the records are of different kinds (a call beside an event)', () => {
    const found = items(`<main><h1>News</h1>
      <div class="views-row"><h2>Urban Heat Mapping Campaign</h2><div class="body"><p>Cities can apply for a summer campaign that maps heat with volunteers.</p><p>Applications due: Friday, May 8, 2026</p></div></div>
      <div class="views-row"><h2>Climate Adaptation Conference</h2><div class="body"><p>May 20, 2026 / 9:00 a.m. – 12:15 p.m. via Zoom</p><p>Keynotes and panels on adapting city services.</p></div></div>
      <div class="views-row"><h2>Forest Adaptation Online Course</h2><div class="body"><p>The spring course runs from May 25 to June 15, 2026.</p></div></div>
    </main>`, 'en');
    expect(found.map((i) => [i.kind, i.title])).toEqual([
      ['call', 'Urban Heat Mapping Campaign'],
      ['event', 'Climate Adaptation Conference'],
      ['event', 'Forest Adaptation Online Course'],
    ]);
    expect(found[0].deadlines.map((d) => d.date)).toEqual(['2026-05-08']);
    expect(found[1].start).toBe('2026-05-20T09:00');
  });

  it('reads a record\'s date line as when it happens, and its place from that line', () => {
    const found = items(`<main><h1>Category: EU institutions</h1>
      <article class="event type-event"><h2>Rural Pact Policy Lab</h2><div class="event-meta">May 22, 2026 Brussels, Belgium</div><div class="event-excerpt"><p>The support office works on proposals for reaching rural communities.</p></div></article>
      <article class="event type-event"><h2>Coastal Cities Forum</h2><div class="event-meta">June 11, 2026 Lisbon and online</div><div class="event-excerpt"><p>Mayors and planners compare their plans for the seafront.</p></div></article>
    </main>`, 'en');
    expect(found.map((i) => [i.kind, i.title, i.start, i.location])).toEqual([
      ['event', 'Rural Pact Policy Lab', '2026-05-22', 'Brussels'],
      ['event', 'Coastal Cities Forum', '2026-06-11', 'Lisbon'],
    ]);
  });
});

describe('records: the kind of a container', () => {
  it('reads a position class ("views-row-last") as no other kind: the last record is one of them', () => {
    const found = items(`<main><h1>Dialoge zur Zukunft der Städte</h1>
      <div class="views-row views-row-1"><div class="field-date">16. April 2026 in Berlin</div><h2>Online-Handel – Trend oder Hype?</h2><p class="type">Vortrag und Diskussion, Beginn: 17 Uhr</p></div>
      <div class="views-row views-row-2"><div class="field-date">13. Mai 2026 in Berlin</div><h2>Mehr Mitbestimmung in der Stadt</h2><p class="type">Vortrag und Diskussion, Beginn: 17 Uhr</p></div>
      <div class="views-row views-row-3 views-row-last"><div class="field-date">10. Juni 2026 in Berlin</div><h2>Nicht ohne meine Nachbarn</h2><p class="type">Vortrag und Diskussion, Beginn: 17 Uhr</p></div>
    </main>`);
    expect(found.map((i) => [i.title, i.start])).toEqual([
      ['Online-Handel – Trend oder Hype?', '2026-04-16T17:00'],
      ['Mehr Mitbestimmung in der Stadt', '2026-05-13T17:00'],
      ['Nicht ohne meine Nachbarn', '2026-06-10T17:00'],
    ]);
  });
});

describe('records: a newsletter laid out as a table', () => {
  const row = (inner: string) => `<tr><td style="padding:0 20px 16px 20px">${inner}</td></tr>`;
  const newsletter = (rows: string[]) => `<table class="container"><tr><td>Fördermittel-Update 04/2026</td></tr>${rows.join('')}</table>`;

  it('reads each row titled by a styled line, with one dated line below it, as one entry', () => {
    const found = items(newsletter([
      row('<p>Hier finden Sie wieder eine Auswahl an Förderaufrufen für Kommunen und Vereine.</p>'),
      row('<p class="hl">Ideenwettbewerb Klimainitiative</p><p><strong>Einreichung bis 18.05.2026</strong><br>Neun Kategorien, je Kategorie bis zu drei Förderungen.</p>'),
      row('<p class="hl">Wettbewerb Klimaaktive Kommune</p><p><strong>Einreichung bis 30.06.2026</strong><br>Gesucht werden wirksame Maßnahmen von Kommunen.</p>'),
      row('<p class="hl">Förderrichtlinie Demografie</p><p><strong>Einreichung bis 30.09.2026</strong><br>Vorhaben, die den demografischen Wandel vor Ort bewältigen.</p>'),
    ]));
    expect(found.map((i) => [i.kind, i.title, i.deadlines.map((d) => d.date)])).toEqual([
      ['call', 'Ideenwettbewerb Klimainitiative', ['2026-05-18']],
      ['call', 'Wettbewerb Klimaaktive Kommune', ['2026-06-30']],
      ['call', 'Förderrichtlinie Demografie', ['2026-09-30']],
    ]);
  });

  it('takes no greeting row and no row of several dated entries for an entry', () => {
    const found = items(newsletter([
      row('<p>Liebe Leserinnen und Leser,</p><p>am 24. Mai 2026 feiern wir unser Sommerfest, alle sind eingeladen.</p>'),
      row('<p class="hl">Termine</p><p>Fr 05.06.2026 – Pioniere des Wandels, Güstrow</p><p>Sa 13.06.2026 – Betzavta-Training, Rostock</p>'),
    ]));
    expect(found.map((i) => [i.title, i.start])).toEqual([
      ['Pioniere des Wandels, Güstrow', '2026-06-05'],
      ['Betzavta-Training, Rostock', '2026-06-13'],
    ]);
  });
});

describe('records: a newsletter\'s entries under headings in one layout cell', () => {
  it('reads each heading dated at its end, with its lines below, as one entry; a rubric over entries is none', () => {
    const found = items(`<table><tr><td>
      <h1>Newsletter 4/2026 der Kontaktstelle</h1>
      <h2>Die Kontaktstelle ist präsent</h2>
      <h3>Vortrag »Europa vor Ort« - 11.5.2026, Waiblingen</h3><p>Wir stellen unsere Arbeit in Waiblingen vor.</p>
      <h3>Europäischer Abend »Aufbruch oder Abbruch« - 12.5.2026, Berlin</h3><p>Gäste aus Politik und Zivilgesellschaft diskutieren.</p>
      <h3>Grundlagenseminar »Europa gemeinsam gestalten« - 20.5.2026, Bonn</h3><p>Eintägiges Seminar für Einsteigerinnen und Einsteiger.</p>
    </td></tr></table>`);
    expect(found.map((i) => [i.start, i.location])).toEqual([
      ['2026-05-11', 'Waiblingen'],
      ['2026-05-12', 'Berlin'],
      ['2026-05-20', 'Bonn'],
    ]);
  });
});

describe('records: when an entry happens', () => {
  it('reads the date its heading carries as when it happens, with no other date and no cue', () => {
    const found = items(`<table><tr><td>
      <h2>Die Kontaktstelle unterwegs</h2>
      <h3>Die Kontaktstelle in Waiblingen - 11.5.2026</h3><p>Wir stellen das Förderprogramm vor Ort vor.</p>
      <h3>Die Kontaktstelle in Berlin - 12.5.2026</h3><p>Auch in Berlin stellen wir das Förderprogramm vor.</p>
    </td></tr></table>`);
    expect(found.map((i) => [i.kind, i.start])).toEqual([
      ['event', '2026-05-11'],
      ['event', '2026-05-12'],
    ]);
  });
});

describe('records: what is no record', () => {
  it('takes no box that holds the page title for an entry (one call in two languages)', () => {
    const found = items(`<main>
      <section><h1>Partnerschaftsfonds 2026</h1><p>Die Stadt fördert Projekte ihrer Städtepartnerschaft.</p><p>Bewerbungsschluss: 30. April 2026</p></section>
      <section><h2>Partnership Fund 2026 (English)</h2><p>The city supports projects of its town twinning.</p><p>Deadline: 30 April 2026</p></section>
    </main>`);
    expect(found.map((i) => i.title)).toEqual(['Partnerschaftsfonds 2026']);
  });

  it('takes no box of several entries under headings of one level for a single record', () => {
    const found = items(`<main><h1>Rundbrief April</h1>
      <div class="block"><h2>Förderaufrufe</h2><h3>Kleinprojektefonds 2026</h3><p>Kommunen beantragen Zuschüsse für kleine Projekte. Antragsfrist: 15. Mai 2026.</p><h3>Wettbewerb Kommune bewegt Welt</h3><p>Gesucht werden Projekte mit Partnern. Einsendeschluss: 30. Juni 2026.</p></div>
      <div class="block"><h2>Termine</h2><h3>Webinar Städtepartnerschaften</h3><p>Am 22.04.2026 von 14:00 bis 15:30 Uhr stellt das Netzwerk Fördermöglichkeiten vor.</p></div>
    </main>`);
    expect(found.map((i) => i.title)).toEqual(['Kleinprojektefonds 2026', 'Wettbewerb Kommune bewegt Welt', 'Webinar Städtepartnerschaften']);
  });
});
