import { describe, expect, it } from 'vitest';
import { countdown, countdownOf } from '../../../shared/alerts.ts';
import { deadline } from './helpers.ts';

// Wednesday 2026-03-18, 08:00 Berlin
const now = Date.parse('2026-03-18T07:00:00Z');

describe('countdown', () => {
  it.each([
    ['2026-03-18', undefined, 'heute', 'today'],
    ['2026-03-18', '08:01', 'heute', 'today'],
    ['2026-03-19', undefined, 'morgen', 'tomorrow'],
    ['2026-03-21', '12:00', 'in 3 Tagen', 'in 3 days'],
    ['2026-04-17', undefined, 'in 30 Tagen', 'in 30 days'],
    ['2026-03-17', undefined, 'abgelaufen', 'expired'],
    ['2026-03-18', '07:59', 'abgelaufen', 'expired'],
    ['2026-03-18', '08:00', 'abgelaufen', 'expired'],
  ])('%s %s → "%s" / "%s"', (date, time, de, en) => {
    const d = deadline(date, time ? { time } : {});
    expect(countdown(d, now)).toBe(de);
    expect(countdown(d, now, 'en')).toBe(en);
  });

  it('counts Berlin calendar days: at 00:30 Berlin a deadline that day is "heute"', () => {
    const justAfterMidnight = Date.parse('2026-03-18T23:30:00Z'); // 2026-03-19 00:30 Berlin
    expect(countdown(deadline('2026-03-19'), justAfterMidnight)).toBe('heute');
    expect(countdownOf(deadline('2026-03-20'), justAfterMidnight)).toEqual({ expired: false, days: 1 });
  });

  it('counts a date without time as running to the end of that day', () => {
    expect(countdown(deadline('2026-03-18'), Date.parse('2026-03-18T22:59:59Z'))).toBe('heute');
    expect(countdown(deadline('2026-03-18'), Date.parse('2026-03-18T23:00:00Z'))).toBe('abgelaufen');
  });
});
