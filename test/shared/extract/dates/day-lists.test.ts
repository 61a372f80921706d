import { describe, expect, it } from 'vitest';
import { dates } from './show.ts';

// Days that share one month written once: every day is read, whether joined by "und", "oder", "bzw.", "+", commas or a
// slash inside a longer list (round 14).
describe('day lists sharing one month', () => {
  it.each([
    ['am 17. oder 24. Juli', ['????-07-17', '????-07-24']],
    ['am 10./17. oder 24. Juli 2024', ['2024-07-10', '2024-07-17', '2024-07-24']],
    ['am 10. bzw. 24. Juli', ['????-07-10', '????-07-24']],
    ['am 05.+23.05.2024', ['2024-05-05', '2024-05-23']],
    ['am 05. + 23.05.2024', ['2024-05-05', '2024-05-23']],
    ['am 5., 12. und 19.03.2024', ['2024-03-05', '2024-03-12', '2024-03-19']],
    // alternatives are two days, never a range
    ['am 12. oder 13.05.2024', ['2024-05-12', '2024-05-13']],
    ['25 and 26.04.2023', ['2023-04-25..2023-04-26']],
    ['on the 11th or the 18th of September', ['????-09-11', '????-09-18']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // a pair of consecutive days joined by "und" / "+" or a slash pair stays one range
    ['22. und 23.05.2017', ['2017-05-22..2017-05-23']],
    ['am 12.+13.05.2024', ['2024-05-12..2024-05-13']],
    ['3./4. Juni', ['????-06-03..????-06-04']],
    // a "+" with no day before it starts a phone number
    ['Tel. +49 30 12.05.2024', []],
    ['+ 23.05.2024', []],
    // a number without its dot before "und" is no day of the list
    ['Seite 25 und 26.04.2023', ['2023-04-26']],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('ranges whose first day closes with a comma or is an English ordinal', () => {
  it.each([
    ['von Donnerstag, 30. Mai, bis Sonntag, 9. Juni 2024, auf der Wiese', ['2024-05-30..2024-06-09']],
    ['from Monday, 3 June, to Friday, 7 June 2024', ['2024-06-03..2024-06-07']],
    ['from the 18th until the 20th of May 2022', ['2022-05-18..2022-05-20']],
    ['info days from Wednesday the 18th until Friday the 20th of May.', ['????-05-18..????-05-20']],
    ['the 18th to the 20th of May', ['????-05-18..????-05-20']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // two dates with only a comma between them are two dates
    ['31. Mai, 30. September 2024', ['????-05-31', '2024-09-30']],
    // days out of order make no range
    ['the 20th to the 18th of May', ['????-05-18']],
    // "and" lists days, it makes no range
    ['the 18th and the 20th of May', ['????-05-18', '????-05-20']],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('a date written one part per line', () => {
  it.each([
    ['Do\n30\nMai\n2024', ['2024-05-30']],
    ['Di\n04\nJun\n2024 – Do\n06\nJun\n2024', ['2024-06-04..2024-06-06']],
    ['Termin:\n12.\n05.\n2024', ['2024-05-12']],
    ['12\nMärz\n2025\nWorkshop am Abend', ['2025-03-12']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // a line with other words breaks the date
    ['Seite 4\n12\nMai', []],
    ['Raum 12\nMai 2024', []],
    ['2023\n2024\n2025', []],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
