import { describe, expect, it } from 'vitest';
import { berlinDay, instantToWallTime } from '../../../shared/time/berlin.ts';

/** the day as Intl gives it for this very instant, without the once-per-hour reading */
const intlDay = (at: Date) => instantToWallTime(at.getTime()).date;

describe('berlinDay (read once per UTC hour)', () => {
  it('gives the day Intl gives around midnight and both changes of the clock, every ten minutes', () => {
    const spans = ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2026-12-31T20:00:00Z', '1946-04-13T20:00:00Z'];
    for (const from of spans) {
      for (let m = 0; m < 48 * 60; m += 10) {
        const at = new Date(Date.parse(from) + m * 60_000);
        expect(berlinDay(at), at.toISOString()).toBe(intlDay(at));
      }
    }
  });

  it('asks Intl directly before 1900, when Berlin kept local mean time', () => {
    const at = new Date('1880-06-30T23:30:00Z');
    expect(berlinDay(at)).toBe(intlDay(at));
  });
});
