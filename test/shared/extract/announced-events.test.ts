/** Events a call announces in its running text become items of their own next to the call (announced-events.ts). */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const items = (html: string, now: string) => run(html, now, 'https://www.stiftung.example/foerderung/aufruf').items.map((i) => [i.kind, i.title, i.start, i.end, i.location]);

describe('an information event named in a call\u2019s sentence', () => {
  it('becomes an event with the noun phrase as its title, its date and the place the sentence names', () => {
    const html = page(`<main><h1>Förderaufruf Klimaschutz in Kommunen</h1>
      <p>Kommunen können bis zum 26. Oktober 2026 Projektideen einreichen. Gefördert werden bis zu 80 Prozent der Kosten.</p>
      <p>Wer mehr über die Förderung wissen will, kann am 31. August 2026 zu einer Informationsveranstaltung des Ministeriums nach Erfurt kommen.</p></main>`);
    expect(items(html, '2026-07-18')).toEqual([
      ['call', 'Förderaufruf Klimaschutz in Kommunen', null, null, null],
      ['event', 'Informationsveranstaltung des Ministeriums', '2026-08-31', null, 'Erfurt'],
    ]);
  });

  it('gives each date of one announcement an event, with its clock times, online when the sentence says so', () => {
    const html = page(`<main><h1>Förderaufruf Kultur im Quartier</h1>
      <p>Anträge können bis zum 10. März 2026 gestellt werden.</p>
      <p>Die Stiftung stellt den Aufruf in einer Online-Infoveranstaltung zur Antragstellung an zwei Terminen vor: am 3. Februar 2026 von 17 bis 18.30 Uhr und am 12. Februar 2026 von 10 bis 11.30 Uhr.</p></main>`);
    expect(items(html, '2026-01-20')).toEqual([
      ['call', 'Förderaufruf Kultur im Quartier', null, null, null],
      ['event', 'Online-Infoveranstaltung zur Antragstellung', '2026-02-03T17:00', '2026-02-03T18:30', 'online'],
      ['event', 'Online-Infoveranstaltung zur Antragstellung', '2026-02-12T10:00', '2026-02-12T11:30', 'online'],
    ]);
  });

  it('makes no event of a prize handed over at a ceremony, nor of the kinds of occasion a call funds', () => {
    const html = page(`<main><h1>Wettbewerb Nachhaltige Kommune</h1>
      <p>Bewerbungen sind bis zum 30. Juni 2026 möglich.</p>
      <p>Verliehen wird der Preis am 28. Oktober 2026 bei einer Festveranstaltung in Dresden.</p>
      <p>Vom 6. bis 16. Mai 2026 sollen Workshops, Seminare, Tagungen und Konferenzen Bürgerinnen und Bürger anregen.</p></main>`);
    expect(items(html, '2026-03-01')).toEqual([['call', 'Wettbewerb Nachhaltige Kommune', null, null, null]]);
  });

  it('makes no event of a bare noun that names nothing ("at an event on …")', () => {
    const html = page(`<main><h1>Green Cities grant programme</h1><p>Municipalities can apply for a grant until 15 September 2026.</p>
      <p>Cities can meet the partners at an event on 3 June 2026.</p></main>`, { lang: 'en' });
    expect(items(html, '2026-03-01')).toEqual([['call', 'Green Cities grant programme', null, null, null]]);
  });

  it('names an event by the words that qualify a bare noun ("a Lead Applicant workshop"), and makes none on a decision’s day', () => {
    const html = page(`<main><h1>Good Practice call for cities</h1><p>Cities can apply for the label until 31 March 2027. Applications are submitted online.</p>
      <p>A Lead Applicant workshop takes place in Brussels on 30 January 2027.</p>
      <p>Timetable: Selection meeting, 29 May 2027.</p>
      <p>The labels will be awarded after a jury meeting on 29 May 2027.</p></main>`, { lang: 'en' });
    expect(items(html, '2027-01-10')).toEqual([
      ['call', 'Good Practice call for cities', null, null, null],
      ['event', 'Lead Applicant workshop', '2027-01-30', null, 'Brussels'],
    ]);
  });

  it('gives an announced event the town right before its date or the name before its venue', () => {
    const html = page(`<main><h1>Good Practice call for cities</h1><p>Cities can apply for the label until 31 May 2027. Applications are submitted online.</p>
      <p>A Lead Applicant workshop takes place in Rotterdam on 22 March 2027.</p>
      <p>A Grant Writing Workshop will be run on 18 April 2027 at Lake Haven Library.</p></main>`, { lang: 'en' });
    expect(items(html, '2027-01-10')).toEqual([
      ['call', 'Good Practice call for cities', null, null, null],
      ['event', 'Lead Applicant workshop', '2027-03-22', null, 'Rotterdam'],
      ['event', 'Grant Writing Workshop', '2027-04-18', null, 'Lake Haven'],
    ]);
  });
});
