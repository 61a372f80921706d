/** Which parts of a page are items: list entries and dated lines that each name an event (segment.ts, list-entries.ts). */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const items = (html: string, now: string) => run(html, now, 'https://www.kreis.example/aktuelles/workshops').items.map((i) => [i.kind, i.start]);

describe('list entries dated without a year', () => {
  it('makes each entry of a list of workshops an item, the year from the article date', () => {
    const html = page(`<main><h1>Klimawerkstätten im Frühjahr</h1>
      <p>Kreisverwaltung · 29. März 2026, 14:12 Uhr</p>
      <p>Der Landkreis lädt zu einer Reihe von Online-Werkstätten ein. Die Themen wurden in einer Umfrage gewählt:</p>
      <ul><li>„Erneuerbare Energien im Landkreis“ – 12. April, 17 bis 19 Uhr</li>
      <li>„Klimafreundliche Mobilität“ – 22. April, 17 bis 19 Uhr</li>
      <li>„Beratung für Privatpersonen“ – 29. April, 17 bis 19 Uhr</li></ul>
      <p>Anmeldung per E-Mail an die Kreisverwaltung.</p></main>`);
    expect(items(html, '2026-03-30')).toEqual([
      ['event', '2026-04-12T17:00'],
      ['event', '2026-04-22T17:00'],
      ['event', '2026-04-29T17:00'],
    ]);
  });

  it('keeps a call whose list gives the deadlines of its stages without a year as one item', () => {
    const html = page(`<main><h1>Förderprogramm Kommunale Klimapartnerschaften</h1>
      <p>Das Programm fördert Kommunen, die mit Partnerkommunen im Globalen Süden Klimaprojekte umsetzen.</p>
      <ul><li>Einreichung der Projektskizzen bis 15. März</li>
      <li>Einreichung der ausgearbeiteten Anträge bis 30. Juni</li></ul></main>`);
    const result = run(html, '2026-02-01', 'https://www.foerderung.example/programm');
    expect(result.items.map((i) => [i.kind, i.deadlines.map((d) => d.date)])).toEqual([['call', ['2026-03-15', '2026-06-30']]]);
  });

  it('reads a list of one event’s days as its programme, not as events of their own', () => {
    const html = page(`<main><h1>Annual Forum on Municipal Partnerships 2026</h1>
      <p>When: 14–15 May 2026, 9:00 to 17:30 each day<br>Where: City Hall, Vienna</p>
      <h2>Programme highlights</h2>
      <ul><li>14 May, 9:30 – Opening plenary with the Mayor</li>
      <li>14 May, 14:00 – Workshops on climate partnerships</li>
      <li>15 May, 10:00 – Study visits in the city</li></ul></main>`, { lang: 'en' });
    expect(items(html, '2026-04-10')).toEqual([['event', '2026-05-14T09:00']]);
  });
});

describe('the sentence that introduces a list', () => {
  it('says what every entry is and where: webinars, online', () => {
    const html = page(`<main><h1>Fördermittel 2026: Jetzt schon informieren!</h1>
      <p>Das Programm fördert grenzüberschreitende Kooperationsprojekte. Die erste Antragsfrist ist für den Sommer geplant. Schon im Januar stellt das Programm die neuen Themen in Webinaren vor:</p>
      <ul><li>Eine innovative Region (Forschung und Innovation), 19. Januar 2026, 11.00 – 12.00 Uhr</li>
      <li>Eine grüne Region (Energie, Klimawandel), 20. Januar 2026, 9.30 – 10.30 Uhr</li>
      <li>Eine attraktive Region (Kultur, Tourismus), 21. Januar 2026, 11.00 – 12.00 Uhr</li></ul>
      <p>Auf der Website des Programms finden Sie zu jedem Thema eine Kurzbeschreibung.</p></main>`);
    const result = run(html, '2026-01-10', 'https://www.wfg.example/news/foerdermittel');
    expect(result.items.map((i) => [i.kind, i.start, i.location])).toEqual([
      ['event', '2026-01-19T11:00', 'online'],
      ['event', '2026-01-20T09:30', 'online'],
      ['event', '2026-01-21T11:00', 'online'],
    ]);
  });
});

describe('a list written with line breaks', () => {
  it('makes each line that opens with its date an entry of its own', () => {
    const html = page(`<main><h1>Neue Veranstaltungsreihe im Bürgerhaus</h1>
      <p>Infomail vom 06.02.2026</p>
      <p>Jeden Monat beleuchten Expertinnen und Experten ein anderes Thema. Der Eintritt ist frei, um Anmeldung wird gebeten.</p>
      <p>Die nächsten Termine der Reihe, jeweils um 19 Uhr</p>
      <p>Dienstag, 24.02.: Heimat und Identität in Europa – eine Spurensuche<br>
      Dienstag, 17.03.: Die EU nach den Wahlen in Italien<br>
      Dienstag, 21.04.: Welche Zukunft für Europa?</p></main>`);
    expect(items(html, '2026-02-06')).toEqual([
      ['event', '2026-02-24T19:00'],
      ['event', '2026-03-17T19:00'],
      ['event', '2026-04-21T19:00'],
    ]);
  });

  it('keeps a paragraph whose lines are not all dated as one block', () => {
    const html = page(`<main><h1>Fachtag Bürgerbeteiligung</h1>
      <p>Termin: 24.03.2026, 10 bis 16 Uhr<br>Ort: Rathaus, Großer Saal<br>Anmeldung bis 17.03.2026</p></main>`);
    expect(items(html, '2026-02-06')).toEqual([['event', '2026-03-24T10:00']]);
  });
});

describe('sibling sections dated without a year', () => {
  it('makes each section whose event heading gives a date without a year an item', () => {
    const html = page(`<main><h1>Newsletter April</h1>
      <p>Liebe Mitglieder, hier die Neuigkeiten aus dem Netzwerk.</p>
      <h2>Termine</h2>
      <h3>Einladung zur Fachtagung am 12.05. in Nürnberg</h3>
      <p>Verwaltung und Zivilgesellschaft sprechen über nachhaltige Beschaffung in den Kommunen.</p>
      <h3>Vernetzungstreffen Fairer Handel am 20.05. in Augsburg</h3>
      <p>Die Steuerungsgruppen tauschen sich über ihre Erfahrungen aus.</p></main>`);
    expect(items(html, '2026-04-02')).toEqual([
      ['event', '2026-05-12'],
      ['event', '2026-05-20'],
    ]);
  });
});

describe('headings that close with their date', () => {
  it('makes each section whose heading ends in its date and town an entry, an event', () => {
    const html = page(`<main><h1>Newsletter 3/2026 der Kontaktstelle</h1>
      <p>Die Kontaktstelle ist präsent:</p>
      <h2>Das Programm »Bürgerschaft in Europa« - 11.4.2026, Waiblingen</h2>
      <p>Wir stellen das Programm in Waiblingen vor.</p>
      <h2>Das Programm »Bürgerschaft in Europa« - 14.4.2026, Berlin</h2>
      <p>Am selben Tag informieren wir auch in Berlin über Förderbereiche und Antragstellung.</p>
      <h2>Grundlagenseminar »Europa gemeinsam gestalten« - 19.4.2026, Bonn</h2>
      <p>Eintägiges Seminar für Einsteigerinnen und Einsteiger in die europäische Projektarbeit.</p></main>`);
    expect(items(html, '2026-03-24')).toEqual([
      ['event', '2026-04-11'],
      ['event', '2026-04-14'],
      ['event', '2026-04-19'],
    ]);
  });
});

describe('a calendar written as paragraphs', () => {
  it('makes each line under a day line an entry dated by that day, and a sentence after it no entry', () => {
    const html = page(`<main><h1>Veranstaltungen zur Europawoche 2026</h1>
      <p>Stand: 12. April 2026</p>
      <p>Montag, 20. April 2026</p>
      <p>„Regieren im Europäischen Mehrebenensystem – Zukunft Europas“</p>
      <p>Mittwoch, 22. April 2026</p>
      <p>Vortrag zum Förderprogramm „Europa für Bürgerinnen und Bürger“</p>
      <p>Jugendevent „Europa geht weiter“</p>
      <p>Die weiteren Veranstaltungen werden nach und nach ergänzt.</p></main>`);
    expect(items(html, '2026-04-13')).toEqual([
      ['event', '2026-04-20'],
      ['event', '2026-04-22'],
      ['event', '2026-04-22'],
    ]);
  });
});

describe('a newsletter’s sibling sections', () => {
  it('takes a sibling dated only by one date no cue explains as one more event once its siblings make a listing', () => {
    const html = page(`<main><h1>Newsletter 09/2026</h1>
      <h2>Weiterlesen, mitmachen, hingehen</h2>
      <h3>Neues Mitglied im Netzwerk</h3>
      <p>Wir begrüßen ein neues Mitglied. Herzlich willkommen!</p>
      <h3>SDG-Dialog „Regionale Handlungsspielräume“</h3>
      <p>Am 20. Oktober 2026 findet der SDG-Dialog in Marburg statt.</p>
      <h3>Stadtrundgang „Koloniale Spuren“</h3>
      <p>Am 27. Oktober 2026 findet der Rundgang durch die Innenstadt statt.</p>
      <h3>Phoenix-Folgetraining „Antirassistische Bewusstseinsbildung“</h3>
      <p>Vom 5. bis 7. November vertiefen Teilnehmende der Grundtrainings ihre Erfahrungen.</p></main>`);
    expect(items(html, '2026-10-01')).toEqual([
      ['event', '2026-10-20'],
      ['event', '2026-10-27'],
      ['event', '2026-11-05'],
    ]);
  });
});
