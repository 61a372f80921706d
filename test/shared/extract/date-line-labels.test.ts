/**
 * The words that say what a date is, where a key-date list or a fund overview writes them: after the colon of a line
 * that opens with its date, in a longer label that names a deadline noun in its first words, "closes" beside the date
 * (classify.ts, cues/en.ts). Read with the cue cascade alone (roles: null): the mechanism, not a fitted model's answer.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const roles = (body: string, lang = 'de') => {
  const { facts } = readPage({ view: cheerioView(page(body, { lang })), url: 'https://example.org/page', now: new Date('2024-03-01T12:00:00Z'), roles: null });
  return facts.dates.map((f) => [f.text, f.role]);
};

describe('a line that opens with its date says after the colon what it is', () => {
  it('reads a key-date list written "date: what happens"', () => {
    expect(roles(`<main><h1>Projektaufruf</h1><h2>Zeitplan</h2>
      <ul><li>12. März 2024: Beginn der Antragstellung</li><li>23. April 2024: Stichtag des Projektaufrufs</li>
      <li>9. Mai 2024: Sitzung des Auswahlausschusses</li></ul></main>`)).toEqual([
      ['12. März 2024', 'opening'],
      ['23. April 2024', 'deadline'],
      ['9. Mai 2024', 'decision'],
    ]);
  });

  it('reads the same in English, with a clock time between the date and the colon', () => {
    expect(roles(`<main><h1>How to apply</h1><h2>Timeline of the call</h2>
      <ul><li>20 March 2024: submission opens on the portal</li><li>27 June 2024 13:00 CET: deadline for submission</li></ul></main>`, 'en')).toEqual([
      ['20 March 2024', 'opening'],
      ['27 June 2024 13:00 CET', 'deadline'],
    ]);
  });

  it('does not take the words after a colon that follows a date in the middle of a sentence', () => {
    expect(roles(`<main><h1>Rückblick</h1>
      <p>Wir trafen uns am 12. März 2024: Abgabefrist und Antragstellung waren die Themen des Abends.</p></main>`)).toEqual([
      ['12. März 2024', 'unknown'],
    ]);
  });
});

describe('a label before a colon that names a deadline noun in its first words', () => {
  it('keeps "Ende der Frist zur Einreichung bei der LAG …:" with its date', () => {
    expect(roles(`<main><h1>Aufruf zur Einreichung</h1>
      <p>Ende der Frist zur Einreichung bei der Aktionsgruppe Nordwald: Sonntag, 23. Juni 2024</p></main>`)).toEqual([
      ['Sonntag, 23. Juni 2024', 'deadline'],
    ]);
  });

  it('still cuts a long sentence before a colon that names no deadline', () => {
    expect(roles(`<main><h1>Aufruf</h1>
      <p>Die Gemeinde lädt alle Vereine und Initiativen herzlich zum Austausch ein: Sonntag, 23. Juni 2024</p></main>`)).toEqual([
      ['Sonntag, 23. Juni 2024', 'unknown'],
    ]);
  });
});

describe('"closes" beside a date', () => {
  it('reads the closing dates of a fund that closes several times a year', () => {
    expect(roles(`<main><h1>Grants update</h1>
      <p>Closes four times a year: 15 March, 15 June and 15 September. Supports education in the region.</p>
      <p>Closes 24 May 2024. Grants are made for community support.</p></main>`, 'en')).toEqual([
      ['15 March', 'deadline'],
      ['15 June', 'deadline'],
      ['15 September', 'deadline'],
      ['24 May 2024', 'deadline'],
    ]);
  });
});
