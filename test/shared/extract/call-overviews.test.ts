/** Overviews of several calls on one page: windows of rounds with a status (call-windows.ts). */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

const calls = (html: string, now: string) => {
  const result = run(html, now, 'https://www.region.example/einreichung');
  return result.items.map((item, i) => [item.kind, deadlineValues(result, i)]);
};

describe('an overview of call windows with status words', () => {
  it('makes each open or coming window a call closing on its last day, and no call of a closed one', () => {
    const html = page(`<main><h1>Einreichung zur Förderung</h1>
      <p>Projekte werden in Aufrufen eingereicht:</p>
      <ul><li>1. Aufruf: 22.08.-24.10.2023 (geschlossen)</li>
      <li>2. Aufruf: 07.11.2023-08.02.2024 (geschlossen)</li>
      <li>3. Aufruf: 04.10.2024-07.02.2025 (geöffnet)</li>
      <li>4. Aufruf: 10.02.-30.04.2025 (noch geschlossen)</li></ul></main>`);
    expect(calls(html, '2024-11-20')).toEqual([
      ['call', ['2025-02-07']],
      ['call', ['2025-04-30']],
    ]);
  });

  it('reads an English round overview the same way', () => {
    const html = page(`<main><h1>Community grants</h1>
      <ul><li>Round 1: 1 March – 30 April 2025 (closed)</li>
      <li>Round 2: 1 September – 31 October 2025 (open)</li>
      <li>Round 3: 1 February – 31 March 2026 (upcoming)</li></ul></main>`, { lang: 'en' });
    expect(calls(html, '2025-09-10')).toEqual([
      ['call', ['2025-10-31']],
      ['call', ['2026-03-31']],
    ]);
  });

  it('keeps a span without a status word what it was: no deadline of a call', () => {
    const html = page(`<main><h1>Förderaufruf Dorfladen</h1><p>Anträge bis 15.03.2025.</p>
      <p>Projektlaufzeit: 01.05.2025-30.04.2026</p></main>`);
    expect(calls(html, '2025-01-10')).toEqual([['call', ['2025-03-15']]]);
  });
});

const items = (html: string, now: string) => run(html, now, 'https://www.stiftung.example/foerderung').items.map((i) => [i.kind, i.title, i.start, i.end, i.location]);

describe('a call\u2019s information sessions', () => {
  it('takes the session noun from the sentence before one that only gives the dates', () => {
    const html = page(`<main><h1>Förderprogramm Kultur international</h1>
      <p>Anträge können bis zum 31. Juli 2026 gestellt werden.</p>
      <p>Offene Fragen klärt die Stiftung in Online-Beratungen – sie richten sich an Institutionen. Die nächsten Termine sind am 12. Juli von 15 bis 16.30 Uhr und am 13. Juli 2026 von 10 bis 11.30 Uhr.</p></main>`);
    expect(items(html, '2026-06-29')).toEqual([
      ['call', 'Förderprogramm Kultur international', null, null, null],
      ['event', 'Online-Beratungen', '2026-07-12T15:00', '2026-07-12T16:30', 'online'],
      ['event', 'Online-Beratungen', '2026-07-13T10:00', '2026-07-13T11:30', 'online'],
    ]);
  });

  it('keeps the sessions a call without a deadline announces, though the call is only described', () => {
    const html = page(`<main><h1>Förderprogramm Dorfkultur</h1>
      <p>Gefördert werden Vorhaben in ländlichen Räumen mit bis zu 10.000 Euro. Der Aufruf folgt im Herbst.</p>
      <p>Wer mehr wissen will, kann am 3. September 2026 zu einer Informationsveranstaltung des Landesverbands nach Jena kommen.</p></main>`);
    expect(items(html, '2026-07-01')).toEqual([['event', 'Informationsveranstaltung des Landesverbands', '2026-09-03', null, 'Jena']]);
  });

  it('keeps the lower-case words between an article and the session noun, and makes no event of a named body\u2019s meeting', () => {
    const html = page(`<main><h1>Interreg Demo 4th Call for projects</h1>
      <p>The call is open until 2 February 2027.</p>
      <p>An online launch event takes place on 11 October 2026. Funding decisions will be taken at an MC meeting on 29 May 2027.</p></main>`, { lang: 'en' });
    expect(items(html, '2026-09-01')).toEqual([
      ['call', 'Interreg Demo 4th Call for projects', null, null, null],
      ['event', 'Online launch event', '2026-10-11', null, 'online'],
    ]);
  });
});

describe('an event named after an article', () => {
  it('keeps the capitalised words of its name ("A Grant Writing Workshop")', () => {
    const html = page(`<main><h1>Community grants 2027</h1><p>Applications are open until 30 July 2027.</p>
      <p>A Grant Writing Workshop will be run on 18 June 2027 in the council building.</p></main>`, { lang: 'en' });
    expect(items(html, '2027-06-01').map((i) => i.slice(0, 3))).toEqual([
      ['call', 'Community grants 2027', null],
      ['event', 'Grant Writing Workshop', '2027-06-18'],
    ]);
  });
});

describe('several schemes under one deadline', () => {
  const calls = (html: string, now: string) => {
    const result = run(html, now, 'https://www.news.example/grants');
    return result.items.map((item, i) => [item.kind, item.title, deadlineValues(result, i)]);
  };

  it('makes each scheme a list names a call with the deadline stated once for all of them', () => {
    const html = page(`<main><h1>Grant aid available to community groups</h1>
      <p>The county council is handing out grant aid. Applications are open until 15 February 2027. Groups can apply under the following headings:</p>
      <ul><li>Capital Grant Scheme – for projects costing more than €20,000.</li>
      <li>Amenity Grant Scheme – for the upkeep of estates.</li>
      <li>Community Contract – worth up to €10,000 for planned works.</li></ul></main>`, { lang: 'en' });
    expect(calls(html, '2027-01-28')).toEqual([
      ['call', 'Capital Grant Scheme', ['2027-02-15']],
      ['call', 'Amenity Grant Scheme', ['2027-02-15']],
      ['call', 'Community Contract', ['2027-02-15']],
    ]);
  });

  it('keeps one call when the list says what is funded rather than naming schemes', () => {
    const html = page(`<main><h1>Förderaufruf Dorfleben</h1>
      <p>Anträge können bis zum 15. März 2027 gestellt werden. Gefördert werden:</p>
      <ul><li>Investitionen in Treffpunkte – etwa Dorfläden und Gemeinschaftshäuser</li>
      <li>Veranstaltungen: Feste, Märkte und Lesungen</li>
      <li>kleine Baumaßnahmen – bis 10.000 Euro</li></ul></main>`);
    expect(calls(html, '2027-01-28')).toEqual([['call', 'Förderaufruf Dorfleben', ['2027-03-15']]]);
  });
});

describe('several calls in a list, each with its own deadline without a year', () => {
  const calls = (html: string, now: string) => {
    const result = run(html, now, 'https://www.kontaktstelle.example/aktuelles');
    return result.items.map((item, i) => [item.kind, deadlineValues(result, i)]);
  };

  it('makes each entry that names a call before its deadline a call of its own', () => {
    const html = page(`<main><h1>Aktuelles</h1><h2>Neue Aufrufe im Programm</h2>
      <p>Die Kommission hat zwei Aufrufe zur Einreichung von Vorschlägen veröffentlicht:</p>
      <ul><li>Schutz und Förderung der Rechte des Kindes (Frist 7. September)</li>
      <li>Städtepartnerschaften und Vernetzung von Städten (Deadline 26. August)</li></ul></main>`);
    expect(calls(html, '2026-06-20')).toEqual([
      ['call', ['2026-09-07']],
      ['call', ['2026-08-26']],
    ]);
  });

  it('keeps the stages of one call one call', () => {
    const html = page(`<main><h1>Förderaufruf Klimaanpassung</h1><p>Das Verfahren ist zweistufig. Es gelten diese Fristen:</p>
      <ul><li>Einreichung der Skizzen durch Kommunen und Vereine – Frist 15. März</li><li>Einreichung der Vollanträge ausgewählter Vorhaben – Frist 30. Juni</li></ul></main>`);
    expect(calls(html, '2026-01-20')).toEqual([['call', ['2026-03-15', '2026-06-30']]]);
  });
});

describe('a page about a call\u2019s sessions, each told in its own sentence', () => {
  const events = (html: string, now: string) => run(html, now, 'https://www.news.example/sessions').items.map((i) => [i.kind, i.start]);

  it('keeps the page\u2019s event and makes each other session day an event', () => {
    const html = page(`<main><h1>Free information sessions on the council\u2019s community grants</h1>
      <p>The council is running free information sessions on its community grants through June and July.</p>
      <p>An information session will take place on June 22 at the town library.</p>
      <p>A second information session is set for July 1 at the council offices.</p>
      <p>On July 8 a drop-in session gives people the chance to book a conversation with a grants officer.</p></main>`, { lang: 'en' });
    expect(events(html, '2027-06-11')).toEqual([
      ['event', '2027-06-22'],
      ['event', '2027-07-01'],
      ['event', '2027-07-08'],
    ]);
  });

  it('keeps one event when a single other date is an aside', () => {
    const html = page(`<main><h1>Regional climate conference 2027</h1>
      <p>The regional climate conference will take place on 14 October 2027 in the town hall.</p>
      <p>On the evening before, 13 October 2027, a welcome reception is held for speakers.</p></main>`, { lang: 'en' });
    expect(events(html, '2027-06-11')).toEqual([['event', '2027-10-14']]);
  });
});
