import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { dates } from './show.ts';

describe('German dates with a month name', () => {
  it.each([
    ['11. Dezember 2019', ['2019-12-11']],
    ['Anmelden können Sie sich bis zum 11.Dezember.', ['????-12-11']],
    ['Dienstag, 17. Dezember 2019', ['2019-12-17']],
    ['noch bis zum 15. Oktober.', ['????-10-15']],
    ['1. Febr. 2020', ['2020-02-01']],
    ['3. Sept. 2020', ['2020-09-03']],
    ['5. Jan. 2020', ['2020-01-05']],
    ['1. März 2020 und 2. Maerz 2020', ['2020-03-01', '2020-03-02']],
    ['12. Mrz. 2021', ['2021-03-12']],
    ['20. Jänner 2020', ['2020-01-20']],
    ['16. Nov. 2023', ['2023-11-16']],
    ['am 11 Dezember 2019', ['2019-12-11']],
    ['Veröffentlicht am 5. April 2022', ['2022-04-05']],
    ['Einsendeschluss Freitag, 28. Juni 2019', ['2019-06-28']],
    ['Bonn, 5. Juli 2019. Die Bewerbungsphase', ['2019-07-05']],
    ['am 2. Mai 12 Teilnehmende', ['????-05-02']], // chrono would read "12" as the year 2012
    ['31. Mai, 30. September', ['????-05-31', '????-09-30']],
    // a day list whose later day repeats "am"
    ['am 22. und am 24. September 2020', ['2020-09-22', '2020-09-24']],
  ])('%s', (text, expected) => {
    expect(dates(text, { lang: 'de' })).toEqual(expected);
    expect(dates(text)).toEqual(expected);
  });

  it.each([['seit Mai 2011'], ['Mainz, im Mai'], ['Seite 3 Juni'], ['im Jahr 2019 Mai']])(
    'finds no day in %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );

  it('includes the weekday and checks it against the date', () => {
    const [fits] = findDates('Dienstag, 17. Dezember 2019');
    const [wrong] = findDates('Montag, 17. Dezember 2019');
    expect(fits?.text).toBe('Dienstag, 17. Dezember 2019');
    expect(fits?.confidence).toBeGreaterThan(0.9);
    expect(wrong?.confidence).toBeLessThan(0.7);
    expect(findDates('Do., 04.07.2019')[0]?.text).toBe('Do., 04.07.2019');
  });

  it('is surer with a year than without', () => {
    expect(findDates('11. Dezember 2019')[0]?.confidence).toBe(0.9);
    expect(findDates('11. Dezember')[0]?.confidence).toBe(0.8);
  });
});

describe('English dates with a month name', () => {
  it.each([
    ['31 March 2023', ['2023-03-31']],
    ['March 31, 2023', ['2023-03-31']],
    ['9 April 2019', ['2019-04-09']],
    ['Tuesday, 9 April', ['????-04-09']],
    ['1st of March', ['????-03-01']],
    ['the 2nd of June 2021', ['2021-06-02']],
    ['on the first of March', ['????-03-01']],
    ['Opening date: 7 March 2024', ['2024-03-07']],
    ['Jun 2, 2021 12:26:57 PM', ['2021-06-02T12:26']],
    ['Deadline: 1 Sept 2020', ['2020-09-01']],
    ['12 Oct. 2022 and Dec 3, 2022', ['2022-10-12', '2022-12-03']],
    ['on 9 April 10 participants met', ['????-04-09']],
    // day lists before one month: every day is a date, none a range
    ['on 5, 12 and 19 March 2024', ['2024-03-05', '2024-03-12', '2024-03-19']],
    ['the 3rd, 10th & 17th of June 2025', ['2025-06-03', '2025-06-10', '2025-06-17']],
    // "April, 26" is no date when 26 is the day of the next month word
    ['Sessions on 5 April, 26 April, 17 May and 31 May 2024.', ['????-04-05', '????-04-26', '????-05-17', '2024-05-31']],
    ['5 April, 26 April 2024', ['????-04-05', '2024-04-26']],
    ['April 26, 2024 and May 3, 2024', ['2024-04-26', '2024-05-03']],
  ])('%s', (text, expected) => {
    expect(dates(text, { lang: 'en' })).toEqual(expected);
    expect(dates(text)).toEqual(expected);
  });

  it.each([['up to 5 may apply'], ['We march 3 times'], ['March 2023'], ['in May']])('finds no day in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('leaves German months to the German parsers when the page is English', () => {
    expect(dates('11. Dezember 2019', { lang: 'en' })).toEqual([]);
    expect(dates('31 March 2023', { lang: 'de' })).toEqual([]);
  });
});
