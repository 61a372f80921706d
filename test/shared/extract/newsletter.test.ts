/**
 * Newsletters: an e-mail newsletter's layout tables (one row per paragraph or heading, role="presentation"), its
 * entries under headings that open with their date, its rubrics ("Neues aus dem Netzwerk", "Termine") and its table
 * of contents — on small hand-made pages.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const NOW = '2019-08-20';
const row = (html: string) => `<tr><td style="padding:0 24px">${html}</td></tr>`;
/** One row per heading or paragraph: [tag, text]. */
const rowsOf = (parts: Array<[string, string]>) => parts.map(([tag, text]) => row(`<${tag}>${text}</${tag}>`));
/** An issue of a newsletter: its title, the greeting, then its rubrics and entries. */
const issue = (title: string, parts: Array<[string, string]>) => mail(rowsOf([['h1', title], ['p', 'Liebe Mitglieder und Interessierte, hier sind unsere Termine.'], ...parts]));
/** A newsletter as mail tools lay it out: a centred one-column table inside a full-width one. */
const mail = (rows: string[], role = ' role="presentation"') =>
  page(`<table${role} width="100%"><tr><td align="center"><table${role} width="600">${[VIEW, ...rows, FOOTER].join('\n')}</table></td></tr></table>`);
const VIEW = '<tr><td style="font-size:11px">Probleme bei der Darstellung? <a href="https://example.org/nl">Newsletter im Browser ansehen</a></td></tr>';
const FOOTER = '<tr><td style="font-size:11px">Servicestelle Kommunen · Bonn<br>Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Wenn Sie ihn nicht mehr erhalten möchten, können Sie sich jederzeit hier abmelden. <a href="https://example.org/ab">Abmelden</a></td></tr>';

describe('newsletters: layout tables are one flow of content', () => {
  it('reads every row of a one-column layout table, not the row with the longest paragraph', () => {
    const html = mail([
      row('<h1>Endspurt für den Wettbewerb „Kommune bewegt Welt“</h1>'),
      row('<p>Noch drei Wochen lang können Kommunen sich bewerben. Der Wettbewerb zeichnet zum fünften Mal herausragende kommunale Kooperationen mit der Zivilgesellschaft aus; vergeben werden insgesamt 138.000 Euro an die Preisträger.</p>'),
      row('<p><strong>Die Bewerbungsphase endet am Freitag, 6. September 2019.</strong> Die Preise werden im Herbst bei einer Feier in Düren überreicht.</p>'),
    ]);
    const items = run(html, NOW).items;
    expect(items).toHaveLength(1);
    expect(items[0].kind).toBe('call');
    expect(items[0].deadline).toBe('2019-09-06');
  });

  it('reads a one-column table of paragraphs as flow without a role attribute too', () => {
    const html = mail(
      [
        row('<h1>Wettbewerb Klimaaktive Kommune</h1>'),
        row('<p>Der Wettbewerb würdigt Kommunen, die vorbildliche Projekte zum Klimaschutz umgesetzt haben; ausgezeichnet werden Projekte in vier Kategorien mit je 25.000 Euro Preisgeld für die Gewinner.</p>'),
        row('<p><strong>Bewerbungsschluss ist der 30. September 2019.</strong> Die Gewinner werden im Dezember ausgezeichnet.</p>'),
      ],
      '',
    );
    expect(run(html, NOW).items[0]?.deadline).toBe('2019-09-30');
  });
});

describe('newsletters: entries under headings that open with their date', () => {
  const rubrics = issue('Eine-Welt-Newsletter 09/2019', [
    ['p', '15. August 2019'],
    ['h2', 'Neues aus dem Netzwerk'],
    ['h3', 'Herzlich willkommen: neuer Kollege in der Geschäftsstelle'],
    ['p', 'Seit diesem Monat verstärkt ein neuer Kollege unser Team.'],
    ['h3', 'Di 03. September – Fairtrade-Schule und Fairer Handel in der Stadt'],
    ['p', 'Lehrer*innenfortbildung in Greifswald: wie Schulen zur Fairtrade-Schule werden.'],
    ['h3', 'Sa 28. September – Social Media Workshop'],
    ['p', 'Workshop / Rostock'],
    ['h2', 'Termine'],
    ['h3', 'Fr–So, 23.–25. August – Pioniere des Wandels'],
    ['p', 'Tagung und Exkursion in Güstrow zu Projekten des Wandels im ländlichen Raum.'],
  ]);

  it('makes each dated heading an event with that day as its start, and the newsletter no item', () => {
    const items = run(rubrics, NOW).items;
    expect(items.map((i) => [i.kind, i.start])).toEqual([
      ['event', '2019-09-03'],
      ['event', '2019-09-28'],
      ['event', '2019-08-23'],
    ]);
    ['Fairtrade-Schule und Fairer Handel in der Stadt', 'Social Media Workshop', 'Pioniere des Wandels'].forEach((name, i) => expect(items[i].title).toContain(name));
    // neither the newsletter itself nor its rubrics are items
    expect(items.map((i) => i.title)).not.toContain('Eine-Welt-Newsletter 09/2019');
  });

  it('takes an entry alone under its rubric when another rubric holds one too', () => {
    const html = issue('Eine-Welt-Newsletter 15/2019', [
      ['h2', 'Globale Partnerschaften'],
      ['h3', 'Fr–So, 22.–24. November – Tage des Indigenen Films'],
      ['p', 'Filmfestival mit Gästen aus Lateinamerika.'],
      ['h2', 'Termine'],
      ['h3', 'Di 26. November – Sexismen in der globalen Produktion'],
      ['p', 'Workshop über Arbeitsbedingungen in globalen Lieferketten.'],
    ]);
    const items = run(html, '2019-11-13').items;
    expect(items.map((i) => i.start)).toEqual(['2019-11-22', '2019-11-26']);
    expect(items[0].title).toContain('Tage des Indigenen Films');
    expect(items[1].title).toContain('Sexismen in der globalen Produktion');
  });

  it('reads the place of an entry from its "what / where" line and from "Workshop in <town>:"', () => {
    const items = run(rubrics, NOW).items;
    expect(items.map((i) => i.location)).toEqual(['Greifswald', 'Rostock', 'Güstrow']);
  });
});

describe('newsletters: entry lines written as paragraphs', () => {
  it('makes each paragraph that opens with its date, a dash and a name an entry of its own', () => {
    const html = issue('Eine-Welt-Newsletter 09/2019', [
      ['h2', 'Termine'],
      ['p', 'Fr – So<br>23.–25. August – Pioniere des Wandels<br>Tagung und Exkursion<br>Güstrow'],
      ['p', 'Mi – Do<br>28.–29. August – Betzavta-Training<br>Training<br>Rostock'],
      ['p', 'Do 29. August – Tag der offenen Tür im Flüchtlingsrat<br>Schwerin'],
    ]);
    const items = run(html, NOW).items;
    expect(items.map((i) => [i.kind, i.start])).toEqual([
      ['event', '2019-08-23'],
      ['event', '2019-08-28'],
      ['event', '2019-08-29'],
    ]);
    expect(items[1].title).toContain('Betzavta-Training');
  });
});

describe('newsletters: a table of contents is no content', () => {
  it('reads no entry and no date from a paragraph of links to the entries further down', () => {
    const html = page(`<table class="wrap"><tr><td class="col">
      <h2>Inhalt</h2>
      <p><a href="#a">Sa 07. September - Projekttag Globales Lernen</a><br><a href="#b">Mi 11. September - Fachtag Faire Beschaffung</a><br><a href="#c">Stellenanzeige: Referent:in (m/w/d), Bewerbung bis 30. September 2019</a></p>
    </td><td class="col">
      <h2>Termine</h2>
      <h3 id="a">Sa 07. September - Projekttag Globales Lernen</h3>
      <p>Workshop für Lehrkräfte und Aktive.</p>
      <h3 id="b">Mi 11. September - Fachtag Faire Beschaffung</h3>
      <p>Fachtag für Kommunen.</p>
      <h2>Tipps und Hinweise</h2>
      <h3 id="c">Stellenanzeige: Referent:in (m/w/d)</h3>
      <p>Wir suchen Verstärkung für unser Team.</p>
    </td></tr></table>`);
    const items = run(html, NOW).items;
    expect(items.map((i) => [i.kind, i.start])).toEqual([
      ['event', '2019-09-07'],
      ['event', '2019-09-11'],
    ]);
    expect(items.flatMap((i) => i.deadlines)).toEqual([]);
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
