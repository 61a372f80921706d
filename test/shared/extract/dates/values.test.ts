import { describe, expect, it } from 'vitest';
import { findYearRanges, parseDateValue, parseTimeValue } from '../../../../shared/extract/dates/index.ts';
import { show, showTime } from './show.ts';

describe('label/value fields', () => {
  it.each([
    ['Datum von: 17.12.2019', '2019-12-17'],
    ['Datum bis: Mittwoch, 18. Dezember 2019', '2019-12-18'],
    ['Do., 04.07.2019', '2019-07-04'],
    ['Termin 18.–20.09.2019', '2019-09-18..2019-09-20'],
    ['2023-11-16', '2023-11-16'],
    ['2019-12-17T12:30:00+01:00', '2019-12-17T12:30'],
    ['2019-12-18T14:00:00+01:00', '2019-12-18T14:00'],
    ['2025-10-01T13:45:00+02:00', '2025-10-01T13:45'],
    ['2021-03-25T09:00:00Z', '2021-03-25T10:00'],
    ['2019-08-02T17:00:00+00:00', '2019-08-02T19:00'],
    ['Anmeldeschluss: 11.02.', '????-02-11'],
    ['Einsendeschluss Freitag, 28. Juni 2019', '2019-06-28'],
  ])('parseDateValue(%s) → %s', (text, expected) => {
    const value = parseDateValue(text);
    expect(value && show(value)).toBe(expected);
  });

  it('reads slash dates in the order the page declares', () => {
    const value = parseDateValue('08/02/2019', { order: 'mdy' });
    expect(value && show(value)).toBe('2019-08-02');
  });

  it.each([['Veranstaltungsort: Naumburg'], ['Telefon: +49 178 298 60 50'], [''], ['Förderjahr 2024']])(
    'parseDateValue(%s) → null',
    (text) => {
      expect(parseDateValue(text)).toBeNull();
    },
  );

  it.each([
    ['Uhrzeit bis: 14:00', '14:00'],
    ['Uhrzeit von: 12:30', '12:30'],
    ['Zeit: 10 bis 14 Uhr (MEZ)', '10:00-14:00'],
    ['ab 16.00 Uhr', '16:00 from'],
    ['14.00', '14:00'],
    ['19 Uhr', '19:00'],
    ['2019-12-17T12:30:00+01:00', '12:30'],
    ['16:00 UTC', '16:00 [UTC]'],
  ])('parseTimeValue(%s) → %s', (text, expected) => {
    const value = parseTimeValue(text);
    expect(value && showTime(value)).toBe(expected);
  });

  it.each([['Ort: online'], ['12'], ['25:00'], ['3.5']])('parseTimeValue(%s) → null', (text) => {
    expect(parseTimeValue(text)).toBeNull();
  });
});

describe('year ranges', () => {
  it.each([
    ['Geburtshilfestation in Assikoi (2025-2027)', [[2025, 2027]]],
    ['Aufbau einer Maniok-Halle (2019-2020)', [[2019, 2020]]],
    ['© 2007–2021 DevelopmentAid', [[2007, 2021]]],
    ['Haushalt 2022/23', [[2022, 2023]]],
    ['2019', []],
    ['2019-12-17', []],
    ['2019-12', []],
    ['Vorlage 2022/045', []],
    ['2021-2019', []],
  ])('%s', (text, expected) => {
    expect(findYearRanges(text).map((r) => [r.from, r.to])).toEqual(expected);
  });
});
