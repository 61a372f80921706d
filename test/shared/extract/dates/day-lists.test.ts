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

// English writes a list of days after its month word: "Fridays February 2, 9, 16 and 23"; chrono read only the first
// (round 15).
describe('English day lists after their month', () => {
  it.each([
    ['Fridays February 2, 9, 16 and 23', ['????-02-02', '????-02-09', '????-02-16', '????-02-23']],
    ['on May 4 and 11, 2024', ['2024-05-04', '2024-05-11']],
    ['Jan. 5, 12 & 19', ['????-01-05', '????-01-12', '????-01-19']],
    ['sessions on October 3rd, 10th and 17th.', ['????-10-03', '????-10-10', '????-10-17']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // a number after a comma with no last "and" is no list: a count, a time, a year
    ['January 5, 10 participants', ['????-01-05']],
    ['May 16, 2018 and June 2', ['2018-05-16', '????-06-02']],
    // a day of another month, a time, days that do not rise
    ['May 4 and 11 June', ['????-05-04', '????-06-11']],
    ['on May 4 and 11 am', ['????-05-04']],
    ['on May 14 and 2 others', ['????-05-14']],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

// A slash between two days with their months: consecutive days are one range, as "3./4. Juni" is; days further apart
// are two dates (round 15).
describe('numeric days joined by a slash', () => {
  it.each([
    ['11.09./12.09. und 02.10./03.10.2021', ['????-09-11..????-09-12', '2021-10-02..2021-10-03']],
    ['30.09./01.10.2021', ['2021-09-30..2021-10-01']],
    ['Fristen: 15.04./29.07./07.10.2022', ['????-04-15', '????-07-29', '2022-10-07']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // a reference label keeps its numbers
    ['Az. 12.03./14.03.', []],
    // a slash into a longer number
    ['12.03./1423', []],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
