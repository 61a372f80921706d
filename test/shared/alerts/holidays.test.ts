import { afterEach, describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, isPublicHoliday, isWorkingDay, workingDayOnOrBefore } from '../../../shared/alerts.ts';
import type { Land } from '../../../shared/alerts.ts';

const holiday = (date: string, land: Land) => isPublicHoliday(dayNumber(date), land);
const before = (date: string, land: Land) => dateOfDay(workingDayOnOrBefore(dayNumber(date), land));

describe('public holidays per Land', () => {
  it.each([
    ['2026-04-03', 'NW', true, 'Karfreitag everywhere'],
    ['2026-04-06', 'BE', true, 'Ostermontag everywhere'],
    ['2026-06-04', 'NW', true, 'Fronleichnam in NW'],
    ['2026-06-04', 'BE', false, 'no Fronleichnam in BE'],
    ['2026-10-31', 'NI', true, 'Reformationstag in NI'],
    ['2026-10-31', 'NW', false, 'no Reformationstag in NW'],
    ['2026-11-01', 'BY', true, 'Allerheiligen in BY'],
    ['2026-11-18', 'SN', true, 'Buß- und Bettag in SN'],
    ['2026-11-18', 'BY', false, 'no Buß- und Bettag in BY'],
    ['2026-03-08', 'BE', true, 'Frauentag in BE'],
    ['2026-09-20', 'TH', true, 'Weltkindertag in TH'],
    ['2026-01-06', 'BW', true, 'Heilige Drei Könige in BW'],
    ['2026-01-06', 'HE', false, 'no Heilige Drei Könige in HE'],
    ['2026-03-17', 'NW', false, 'an ordinary Tuesday'],
  ] as const)('%s in %s: %s (%s)', (date, land, expected, _why) => {
    expect(holiday(date, land)).toBe(expected);
  });

  it('treats weekends as non-working days', () => {
    expect(isWorkingDay(dayNumber('2026-03-21'), 'NW')).toBe(false); // Saturday
    expect(isWorkingDay(dayNumber('2026-03-22'), 'NW')).toBe(false); // Sunday
    expect(isWorkingDay(dayNumber('2026-03-23'), 'NW')).toBe(true); // Monday
  });

  it.each([
    ['2026-03-21', 'NW', '2026-03-20', 'Saturday → Friday'],
    ['2026-04-06', 'NW', '2026-04-02', 'Ostermontag → Thursday before Karfreitag'],
    ['2026-06-04', 'NW', '2026-06-03', 'Fronleichnam in NW → Wednesday'],
    ['2026-06-04', 'BE', '2026-06-04', 'Fronleichnam is a working day in BE'],
    ['2026-12-27', 'HH', '2026-12-24', 'Sunday after Christmas → Heiligabend (a working day)'],
    ['2027-01-01', 'BY', '2026-12-31', 'Neujahr → Silvester'],
  ] as const)('%s in %s → %s (%s)', (date, land, expected, _why) => {
    expect(before(date, land)).toBe(expected);
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    // a year per zone: holidays are cached per Land and year, so each zone must compute its own
    it.each([
      ['Pacific/Kiritimati', '2031-04-13', '2031-04-14', '2031-06-12'],
      ['Pacific/Pago_Pago', '2032-03-28', '2032-03-29', '2032-05-27'],
    ])('finds the same holidays under %s', (tz, easterSunday, easterMonday, corpusChristi) => {
      process.env.TZ = tz;
      expect(holiday(easterMonday, 'NW')).toBe(true);
      expect(holiday(easterSunday, 'NW')).toBe(false); // Ostersonntag is a holiday in BB only
      expect(holiday(corpusChristi, 'NW')).toBe(true);
    });
  });
});
