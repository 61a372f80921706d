import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateOfDay, dayNumber, daysBetween, weekdayOf, yearOf } from '../../../shared/time/days.ts';

describe('calendar days', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-20T10:00')).toBe(dayNumber('2026-03-20')); // an event's start: the time does not count
    expect(dateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('knows weekdays and years', () => {
    expect(weekdayOf(dayNumber('2026-03-10'))).toBe(2); // a Tuesday
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0); // a Sunday before 1970
    expect(yearOf(dayNumber('2026-12-31'))).toBe(2026);
  });

  it('adds days across months, leap days and the DST switch (calendar days have no zone)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-10', '2026-03-13')).toBe(3);
    expect(daysBetween('2026-03-13', '2026-03-10')).toBe(-3);
    expect(daysBetween('2026-03-28', '2026-10-25')).toBe(211);
  });

  it('agrees with Date arithmetic from 1990 to 2100', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        const [y, m, d] = date.split('-').map(Number);
        const expected = new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(n);
        expect(weekdayOf(dayNumber(expected))).toBe(new Date(`${expected}T12:00:00Z`).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});
