import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { dates } from './show.ts';

describe('date ranges are one mention', () => {
  it.each([
    ['17.–18.12.2019', '2019-12-17..2019-12-18'],
    ['17.-18. Dezember 2019', '2019-12-17..2019-12-18'],
    ['01.03.–30.04.2025', '2025-03-01..2025-04-30'],
    ['01.03.2025 bis 30.04.2025', '2025-03-01..2025-04-30'],
    ['04.10.2024-07.02.2025', '2024-10-04..2025-02-07'],
    ['07.11.2023–08.02.2024', '2023-11-07..2024-02-08'],
    ['3./4. Juni', '????-06-03..????-06-04'],
    ['am 3. und 4. Juni', '????-06-03..????-06-04'],
    ['zwischen dem 1. und 15. März', '????-03-01..????-03-15'],
    ['zwischen dem 1. März und dem 15. April 2024', '2024-03-01..2024-04-15'],
    ['vom 1. bis 15. März 2024', '2024-03-01..2024-03-15'],
    ['1 – 15 March 2024', '2024-03-01..2024-03-15'],
    ['from 1 to 15 March 2024', '2024-03-01..2024-03-15'],
    ['March 31 – April 2, 2023', '2023-03-31..2023-04-02'],
    ['between 1 March and 15 April 2024', '2024-03-01..2024-04-15'],
    ['17. Dezember 2019 bis 18. Dezember 2019', '2019-12-17..2019-12-18'],
    ['Dienstag, 17. Dezember 2019 bis Mittwoch, 18. Dezember 2019', '2019-12-17..2019-12-18'],
    ['Termin 16. – 17. Nov. 2023', '2023-11-16..2023-11-17'],
    ['Termin 18.–20.09.2019', '2019-09-18..2019-09-20'],
    ['15.12.–15.01.2025', '2024-12-15..2025-01-15'],
    ['17. Dezember 2019 bis 3. Januar', '2019-12-17..2020-01-03'],
    ['Anfang März bis Ende April 2024', '2024-03-01..2024-04-30 ~'],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    ['bis spätestens 31.03.2022', ['2022-03-31']],
    ['Anträge bis 4. Februar bzw. bis 1. September', ['????-02-04', '????-09-01']],
    ['4. Februar 2020 und 1. September 2020', ['2020-02-04', '2020-09-01']],
    ['am 3. und 10. Juni', ['????-06-03', '????-06-10']],
    ['3., 10. und 17. Juni 2024', ['2024-06-03', '2024-06-10', '2024-06-17']],
    ['07.04. 24.04. 25.04.', ['????-04-07', '????-04-24', '????-04-25']],
    ['Einsendeschluss 28.06.2019 – Jury am 14.08.2019', ['2019-06-28', '2019-08-14']],
    ['18.12.2019 bis 17.12.2019', ['2019-12-18', '2019-12-17']], // backwards: two dates, not a range
  ])('keeps separate dates apart: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('spans the whole range in the text', () => {
    const [range] = findDates('Termin: 01.03.–30.04.2025 in Köln');
    expect(range?.text).toBe('01.03.–30.04.2025');
    expect(range?.confidence).toBe(0.9); // the year is written once for both days
  });
});
