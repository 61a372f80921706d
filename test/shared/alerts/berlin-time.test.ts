import { afterEach, describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant, zoneOffsetMinutes } from '../../../shared/alerts.ts';

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

  it('converts in other zones and treats an unknown zone as Berlin', () => {
    expect(iso(wallTimeToInstant('2026-07-01', '09:00', 'America/New_York'))).toBe('2026-07-01T13:00:00.000Z');
    expect(wallTimeToInstant('2026-07-01', '09:00', 'Mars/Olympus')).toBe(wallTimeToInstant('2026-07-01', '09:00'));
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
      }
    });
  });
});
