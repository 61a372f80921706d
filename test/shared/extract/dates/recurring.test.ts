import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { dates } from './show.ts';

describe('yearly dates', () => {
  it.each([
    ['Anträge können jährlich bis 30. April gestellt werden.', ['????-04-30 yearly']],
    ['Die jährliche Antragsfrist ist der 01. März.', ['????-03-01 yearly']],
    ['jeweils zum 15.10. des Vorjahres', ['????-10-15 yearly']],
    ['Die Frist endet jedes Jahr bis zum 31. Januar.', ['????-01-31 yearly']],
    ['dreimal im Jahr: 31. Januar, 31. Mai, 30. September', ['????-01-31 yearly', '????-05-31 yearly', '????-09-30 yearly']],
    ['Stichtage sind jeweils der 31. März und der 30. September.', ['????-03-31 yearly', '????-09-30 yearly']],
    ['bis zum 15. Oktober eines jeden Jahres', ['????-10-15 yearly']],
    ['Applications are accepted annually by 31 January.', ['????-01-31 yearly']],
    ['by 1 March of each year', ['????-03-01 yearly']],
    ['twice a year: 31 March and 30 September', ['????-03-31 yearly', '????-09-30 yearly']],
    // a list closed by its cue recurs as a whole
    ['Anträge können bis zum 28.02., 31.05. oder 31.08. des jeweiligen Kalenderjahres gestellt werden.', ['????-02-28 yearly', '????-05-31 yearly', '????-08-31 yearly']],
    ['bis zum 1. Juli eines jeden Haushaltsjahres', ['????-07-01 yearly']],
    // a count of times a year reaches to the end of its sentence, past other words and dates' full stops
    [
      'Bewerbungen sind dreimal im Jahr möglich: bis zum 31. Januar für die Vergabesitzung im Sommer, bis zum 31. Mai für die Vergabesitzung im Herbst und bis zum 30. September für die Sitzung zu Jahresbeginn.',
      ['????-01-31 yearly', '????-05-31 yearly', '????-09-30 yearly'],
    ],
    ['Applications are reviewed twice a year by the board, with closing dates on 31 March for spring and 30 September for autumn.', ['????-03-31 yearly', '????-09-30 yearly']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['jährlich, zuletzt bis 30. April 2023', ['2023-04-30']], // a written year is one date
    ['Der Preis wird jährlich vergeben. Einsendeschluss: 30. April', ['????-04-30']], // the cue's sentence ended
    ['Anträge bis zum 15. Oktober.', ['????-10-15']],
    ['am 3. Mai und am 5. Juni', ['????-05-03', '????-06-05']],
    // "jeweils" counts many things; only close before a date does it make the date yearly
    ['Für Vorhaben im Stadtteil stehen jeweils bis zu 500 Euro zur Verfügung, Anträge bitte bis zum 15. Oktober an das Stadtteilbüro.', ['????-10-15']],
    // a list before a one-off date does not recur because of a later list's cue
    ['Dreimal im Jahr tagt der Beirat. Die nächste Sitzung ist am 4. März.', ['????-03-04']],
  ])('leaves one-off dates alone: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('takes "des Vorjahres" into the mention', () => {
    expect(findDates('jeweils zum 15.10. des Vorjahres.')[0]?.text).toBe('15.10. des Vorjahres');
  });
});

describe('approximate dates', () => {
  it.each([
    ['Ende Mai 2024', ['2024-05-31 ~']],
    ['bis Ende Februar 2024', ['2024-02-29 ~']],
    ['bis Ende Februar', ['????-02-28 ~']],
    ['Mitte Juni', ['????-06-15 ~']],
    ['Anfang März', ['????-03-01 ~']],
    ['Beginn Oktober 2025', ['2025-10-01 ~']],
    ['by the end of May 2024', ['2024-05-31 ~']],
    ['mid-June', ['????-06-15 ~']],
    ['early March 2023', ['2023-03-01 ~']],
    ['late September', ['????-09-30 ~']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([['Ende 2020'], ['Projektende Mai'], ['am Ende'], ['Mitte der Woche']])('finds nothing in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('is unsure of them', () => {
    expect(findDates('Ende Mai 2024')[0]?.confidence).toBe(0.5);
  });
});
