import { describe, expect, it } from 'vitest';
import { countdown, countdownOf, relativeCountdownWords } from '../../../shared/alerts.ts';
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
    expect(countdownOf(deadline('2026-03-20'), justAfterMidnight)).toEqual({ expired: false, days: 1, urgency: 'critical' });
  });

  it('counts a date without time as running to the end of that day', () => {
    expect(countdown(deadline('2026-03-18'), Date.parse('2026-03-18T22:59:59Z'))).toBe('heute');
    expect(countdown(deadline('2026-03-18'), Date.parse('2026-03-18T23:00:00Z'))).toBe('abgelaufen');
  });
});

// The extension's words (popup, dashboard, notifications): Intl.RelativeTimeFormat in the UI locale, the expired word
// from its message catalogue; the days, expiry and urgency are the same countdown the alert texts use.
describe('countdown in the words of a locale', () => {
  // 10:00 in Berlin on Tuesday 2026-03-10
  const tuesday = Date.parse('2026-03-10T09:00:00Z');
  const words = (date: string, time?: string, locale = 'de-DE') =>
    relativeCountdownWords(countdownOf(deadline(date, time ? { time } : {}), tuesday), locale, locale.startsWith('de') ? 'abgelaufen' : 'expired');

  it('says heute, morgen, in 3 Tagen and abgelaufen in German and the same in English', () => {
    expect(words('2026-03-10')).toBe('heute');
    expect(words('2026-03-11')).toBe('morgen');
    expect(words('2026-03-13')).toBe('in 3 Tagen');
    expect(words('2026-03-09')).toBe('abgelaufen');
    expect(words('2026-03-10', '09:30')).toBe('abgelaufen'); // 09:30 Berlin has passed at 10:00
    expect(words('2026-03-10', '12:00')).toBe('heute');
    expect(words('2026-03-13', undefined, 'en-GB')).toBe('in 3 days');
    expect(words('2026-03-11', undefined, 'en-GB')).toBe('tomorrow');
  });

  it('says "übermorgen" where the alert texts say "in 2 Tagen"', () => {
    expect(words('2026-03-12')).toBe('übermorgen');
    expect(countdown(deadline('2026-03-12'), tuesday)).toBe('in 2 Tagen');
  });

  it('grades urgency: ≤ 2 days critical, ≤ 7 soon, later, expired', () => {
    expect(['2026-03-12', '2026-03-17', '2026-03-18', '2026-03-01'].map((d) => countdownOf(deadline(d), tuesday).urgency)).toEqual(['critical', 'soon', 'later', 'expired']);
  });

  it('counts days in Berlin time across the change to summer time', () => {
    // 23:30 UTC on 28 March is already 29 March in Berlin (UTC+1); 29 March is the switch to UTC+2
    expect(countdownOf(deadline('2026-03-30'), Date.parse('2026-03-28T23:30:00Z')).days).toBe(1);
  });

  it('counts an expired deadline in days ago, so a list can drop old ones', () => {
    expect(countdownOf(deadline('2026-03-01'), tuesday)).toEqual({ expired: true, days: -9, urgency: 'expired' });
    expect(countdownOf(deadline('2026-03-10', { time: '09:30' }), tuesday)).toEqual({ expired: true, days: 0, urgency: 'expired' });
  });

  it('never says "tomorrow" once a deadline in another zone is over, nor "expired" while it is open', () => {
    // 01:00 in Tokyo on 11 March is 17:00 Berlin on 10 March: over at 18:00 Berlin though its date is "tomorrow"
    expect(countdownOf(deadline('2026-03-11', { time: '01:00', tz: 'Asia/Tokyo' }), Date.parse('2026-03-10T17:00:00Z'))).toEqual({ expired: true, days: 0, urgency: 'expired' });
    // 23:00 in New York (EDT) on 9 March is 04:00 Berlin on 10 March: still open at 03:00 Berlin though its date was yesterday
    expect(countdownOf(deadline('2026-03-09', { time: '23:00', tz: 'America/New_York' }), Date.parse('2026-03-10T02:00:00Z'))).toEqual({ expired: false, days: 0, urgency: 'critical' });
  });
});
