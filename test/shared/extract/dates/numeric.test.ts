import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { dates } from './show.ts';

describe('numeric dates', () => {
  it.each([
    ['31.03.2022', ['2022-03-31']],
    ['Einsendeschluss ist der 31.3.22.', ['2022-03-31']],
    ['bis 07.04. einreichen', ['????-04-07']],
    ['Ab 1.1. gilt die neue Richtlinie', ['????-01-01']],
    ['Stand: 12.05.2023', ['2023-05-12']],
    ['Kalletal, 04.04.2022', ['2022-04-04']],
    ['am 17. 12. 2019 in Naumburg', ['2019-12-17']],
    ['am 07.04. 2023 Teilnehmende', ['????-04-07']], // a spaced year needs a spaced date
    ['ISO: 2023-07-31', ['2023-07-31']],
    ['Frist 2023/07/31', ['2023-07-31']],
    ['Frist 31-03-2022', ['2022-03-31']],
    ['29.02.2024 und 29.02.', ['2024-02-29', '????-02-29']],
    ['07.04. 24.04. 25.04.', ['????-04-07', '????-04-24', '????-04-25']],
    ['(Stand: 15.05.2023)', ['2023-05-15']],
    // two days of one month written once: consecutive days are one range, others two days
    ['am 22. und 23.05.2017 in Kassel', ['2017-05-22..2017-05-23']],
    ['Termine: 23.+24.11.', ['????-11-23..????-11-24']],
    ['(01.&02.07.)', ['????-07-01..????-07-02']],
    ['Sitzungen am 12. u. 13.3.2025', ['2025-03-12..2025-03-13']],
    ['am 07. und 15.10. jeweils', ['????-10-07', '????-10-15']],
    ['24. und 23.05.2017', ['2017-05-23']], // not a pair: the later date alone
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['31.04.2022'], // no 31 April
    ['29.02.2023'], // not a leap year
    ['32.01.2022'],
    ['12.13.2022'],
    ['00.01.2022'],
    ['07.04'], // no closing dot: a decimal number
  ])('refuses the impossible or unclear %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['09/04/2019', 'dmy', '2019-04-09'],
    ['09/04/2019', 'mdy', '2019-09-04'],
    ['08/21/2019', 'mdy', '2019-08-21'],
    ['21/08/2019', 'dmy', '2019-08-21'],
    ['9/4/19', 'dmy', '2019-04-09'],
  ] as const)('reads %s as %s', (text, order, expected) => {
    expect(dates(text, { order })).toEqual([expected]);
  });

  it('reads two-digit years into the century closest to now', () => {
    expect(dates('31.3.22', { now: new Date('2022-01-10') })).toEqual(['2022-03-31']);
    expect(dates('31.3.99', { now: new Date('2022-01-10') })).toEqual(['1999-03-31']);
  });

  it('gives the place of each mention in the text', () => {
    const text = 'Frist: 31.03.2022, danach 07.04.';
    for (const mention of findDates(text)) {
      expect(text.slice(mention.index, mention.index + mention.length)).toBe(mention.text);
    }
    expect(findDates(text).map((m) => m.text)).toEqual(['31.03.2022', '07.04.']);
  });

  it.each([
    ['31.03.2022', 0.9],
    ['31.3.22', 0.75],
    ['bis 07.04.', 0.6],
    ['2023-07-31', 0.95],
  ])('is as sure of %s as its form allows (%s)', (text, confidence) => {
    expect(findDates(text)[0]?.confidence).toBe(confidence);
  });

  it('trusts an unpadded "2.3." less than a padded "02.03." (outline numbers look like that)', () => {
    const heading = findDates('2.3. Förderfähige Ausgaben')[0];
    const padded = findDates('02.03. Förderfähige Ausgaben')[0];
    expect(heading?.confidence).toBeLessThan(padded?.confidence ?? 0);
    expect(findDates('ab 2.3. möglich')[0]?.confidence).toBe(0.6);
  });
});
