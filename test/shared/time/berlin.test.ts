import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { berlinDay, instantToWallTime, wallTimeToInstant, zoneOffsetMinutes } from '../../../shared/time/berlin.ts';
import { intlBerlin } from './intl-berlin.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('Europe/Berlin wall clock ⇄ UTC', () => {
  it.each([
    ['2026-01-05', '08:00', '2026-01-05T07:00:00.000Z'], // CET, UTC+1
    ['2026-07-01', '08:00', '2026-07-01T06:00:00.000Z'], // CEST, UTC+2
    ['2026-03-27', '08:00', '2026-03-27T07:00:00.000Z'], // Friday before the spring switch
    ['2026-03-30', '08:00', '2026-03-30T06:00:00.000Z'], // Monday after it
    ['2026-10-23', '07:00', '2026-10-23T05:00:00.000Z'], // Friday before the autumn switch
    ['2026-10-26', '07:00', '2026-10-26T06:00:00.000Z'], // Monday after it
    ['2024-02-29', '23:59', '2024-02-29T22:59:00.000Z'],
  ])('%s %s Berlin is %s', (date, time, expected) => {
    expect(iso(wallTimeToInstant(date, time))).toBe(expected);
  });

  it('puts a time skipped by the spring-forward gap after the gap (02:30 → 03:30 CEST)', () => {
    const ms = wallTimeToInstant('2026-03-29', '02:30');
    expect(iso(ms)).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToWallTime(ms)).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('takes the earlier (summer-time) occurrence of a time that happens twice in autumn', () => {
    expect(iso(wallTimeToInstant('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('knows the offset on either side of a switch', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
  });

  // the extraction's own table of switches (EU rule: last Sunday of March and October, 01:00 UTC) before it used this module
  it.each([
    ['2019-03-31T00:59Z', 60], // the last Sunday of March, just before 01:00 UTC
    ['2019-03-31T01:00Z', 120],
    ['2019-10-27T00:59Z', 120], // the last Sunday of October
    ['2019-10-27T01:00Z', 60],
    ['2021-03-28T01:00Z', 120],
    ['2023-03-26T00:30Z', 60],
    ['2023-03-26T01:30Z', 120],
    ['2024-07-01T12:00Z', 120],
    ['2024-12-24T12:00Z', 60],
  ])('at %s Berlin is UTC+%s minutes', (instant, offset) => {
    expect(zoneOffsetMinutes(Date.parse(instant))).toBe(offset);
  });

  it('converts in other zones and treats an unknown zone as Berlin', () => {
    expect(iso(wallTimeToInstant('2026-07-01', '09:00', 'America/New_York'))).toBe('2026-07-01T13:00:00.000Z');
    expect(wallTimeToInstant('2026-07-01', '09:00', 'Mars/Olympus')).toBe(wallTimeToInstant('2026-07-01', '09:00'));
  });

  it('gives the Berlin calendar day of an instant, as a Date or as milliseconds', () => {
    // 23:30 UTC on 28 March is already 29 March in Berlin (UTC+1); 29 March is the switch to UTC+2
    expect(berlinDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(berlinDay(Date.parse('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(berlinDay(Date.parse('2026-07-31T22:00:00Z'))).toBe('2026-08-01'); // CEST: midnight is 22:00 UTC
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('gives the same instants under America/Santiago and Asia/Tokyo', () => {
      for (const tz of ['America/Santiago', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        expect(iso(wallTimeToInstant('2026-09-07', '08:15'))).toBe('2026-09-07T06:15:00.000Z');
        expect(instantToWallTime(Date.parse('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
        expect(berlinDay(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
      }
    });
  });
});

// Reference: Intl itself, asked differently from the code under test (./intl-berlin.ts), over instants from 1990
// (before the EU-wide rule of 1996) to 2100.
describe('agrees with Intl.DateTimeFormat for Europe/Berlin', () => {
  const MINUTE = 60_000;
  // uniform instants would hit the two switching hours of a year a few times in 10,000: half of the runs are taken
  // within three hours of 01:00 UTC on the last Sunday of March, September (the autumn switch until 1995) or October
  const lastSunday = (year: number, month: number) => {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const nearSwitch = fc
    .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.constantFrom(3, 9, 10), shift: fc.integer({ min: -180 * MINUTE, max: 180 * MINUTE }) })
    .map(({ year, month, shift }) => Date.UTC(year, month - 1, lastSunday(year, month), 1) + shift);
  const instant = fc.oneof(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31, 23, 59) }), nearSwitch);
  const minuteInstant = instant.map((ms) => ms - (ms % MINUTE));
  // wall clocks read off as if UTC: any day and time, and often the small hours of a switching Sunday
  const wallArb = minuteInstant.map((ms) => {
    const text = new Date(ms + 60 * MINUTE).toISOString();
    return { date: text.slice(0, 10), time: text.slice(11, 16) };
  });
  const runs = { numRuns: 3000 };

  it('reads the wall clock, the calendar day and the offset of any instant', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const expected = intlBerlin(ms);
        expect(instantToWallTime(ms)).toEqual({ date: expected.date, time: expected.time });
        expect(berlinDay(ms)).toBe(expected.date);
        expect(zoneOffsetMinutes(ms)).toBe(expected.offset);
      }),
      runs,
    );
  });

  it('finds the instant of the wall clock of any instant (the earlier one when the clock shows it twice)', () => {
    fc.assert(
      fc.property(minuteInstant, (ms) => {
        const { date, time } = intlBerlin(ms);
        const found = wallTimeToInstant(date, time);
        const hourEarlier = intlBerlin(ms - 60 * MINUTE);
        // in the repeated autumn hour the same wall clock was already shown an hour earlier, in summer time
        const expected = hourEarlier.date === date && hourEarlier.time === time ? ms - 60 * MINUTE : ms;
        expect(iso(found)).toBe(iso(expected));
      }),
      runs,
    );
  });

  it('puts a wall clock that never happened (the spring gap) just after the gap, an hour later on the clock', () => {
    fc.assert(
      fc.property(wallArb, ({ date, time }) => {
        const found = intlBerlin(wallTimeToInstant(date, time));
        if (found.date === date && found.time === time) return;
        const later = new Date(Date.parse(`${date}T${time}:00Z`) + 60 * MINUTE).toISOString();
        expect(`${found.date} ${found.time}`).toBe(`${later.slice(0, 10)} ${later.slice(11, 16)}`);
        expect(found.offset).toBe(120); // only the switch to summer time skips clock times
      }),
      runs,
    );
  });
});
