/**
 * Dates whose cue words stand outside their own words: a list's lead-in (the heading or the colon sentence above it),
 * a short label before a dash, a description after one (lead-in.ts, classify.ts, facts.ts). Read with the cue cascade
 * alone (roles: null): the mechanism, not a fitted model's answer.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const roles = (body: string, lang = 'de') => {
  const { facts } = readPage({ view: cheerioView(page(body, { lang })), url: 'https://example.org/page', now: new Date('2024-03-01T12:00:00Z'), roles: null });
  return facts.dates.map((f) => [f.text, f.role]);
};

describe('a list entry that opens with its date takes the deadline cues of its list\u2019s lead-in', () => {
  it('reads bare dates under a heading that names deadlines as deadlines', () => {
    expect(roles(`<main><h1>Gesuche</h1><h2>Die nächsten Eingabefristen</h2>
      <ul><li>18. Oktober 2024</li><li>29. November 2024</li></ul></main>`)).toEqual([
      ['18. Oktober 2024', 'deadline'],
      ['29. November 2024', 'deadline'],
    ]);
  });

  it('reads dated entries after a sentence that introduces them as dates to submit by', () => {
    expect(roles(`<main><h1>Deadline extension</h1>
      <p>The Commission has extended the programme. Proposals can now be submitted until the following dates:</p>
      <ul><li>21 April 2024 – Projects in the field of sport</li><li>7 May 2024 – Youth mobility projects</li></ul></main>`, 'en')).toEqual([
      ['21 April 2024', 'deadline'],
      ['7 May 2024', 'deadline'],
    ]);
  });

  it('reads only the sentence that introduces the list, not an earlier one of its paragraph', () => {
    expect(roles(`<main><h1>Fördermittel</h1>
      <p>Die erste Antragsfrist ist für Sommer 2024 geplant. Schon im März stellt das Programm seine Themen vor:</p>
      <ul><li>12. März 2024 – Forschung und Innovation</li><li>14. März 2024 – Kultur und Tourismus</li></ul></main>`)).toEqual([
      ['12. März 2024', 'unknown'],
      ['14. März 2024', 'unknown'],
    ]);
  });

  it('leaves an entry whose own words name its date ("Meilenstein 1: …") to those words', () => {
    expect(roles(`<main><h1>Antrag</h1><h3>Fristen für Netzwerkprojekte</h3>
      <ul><li>Meilenstein 1 (Ideenskizze): 23.07.2024</li><li>Meilenstein 2 (Entwurf): 03.09.2024</li></ul></main>`)).toEqual([
      ['23.07.2024', 'unknown'],
      ['03.09.2024', 'unknown'],
    ]);
  });
});

describe('a dash beside a date', () => {
  it('keeps a short label before the dash with its date', () => {
    expect(roles(`<main><h1>Community grants</h1><h2>Key dates</h2>
      <ul><li>Applications open – 6 July 2024</li><li>Applications close – 7 August 2024, 4:00pm</li></ul></main>`, 'en')).toEqual([
      ['6 July 2024', 'opening'],
      ['7 August 2024, 4:00pm', 'deadline'],
    ]);
  });

  it('reads what a line that opens with its date says after the dash', () => {
    expect(roles(`<main><h1>Community grants</h1><h3>Round 2</h3>
      <ul><li>Monday 6th September 2024 at midday – closing date for Round 2</li></ul></main>`, 'en')).toEqual([
      ['Monday 6th September 2024 at midday', 'deadline'], // the time joined to its date
    ]);
  });
});

describe('a colon after a deadline’s preposition', () => {
  it('keeps the preposition with the dates it introduces', () => {
    expect(roles(`<main><h1>Grant schemes</h1><p>Completed application forms, with all supporting documents, must reach us by: Friday 30 June 2024 and Friday 27 October 2024.</p></main>`, 'en')).toEqual([
      ['Friday 30 June 2024', 'deadline'],
      ['Friday 27 October 2024', 'deadline'],
    ]);
  });
});

describe('deadline nouns', () => {
  it('reads an Abgabefrist and an Eingabefrist as deadlines, not a befristete Förderung', () => {
    expect(roles(`<main><h1>Wettbewerb</h1><p>Abgabefrist ist der 30.06.2024.</p><p>Eingabefrist: 15.07.2024</p>
      <p>Die Förderung ist bis zum 31.12.2025 befristet.</p></main>`)).toEqual([
      ['30.06.2024', 'deadline'],
      ['15.07.2024', 'deadline'],
      ['31.12.2025', 'period'],
    ]);
  });
});
