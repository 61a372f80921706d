/**
 * Countdown words and urgency of a deadline ("heute", "morgen", "in 3 Tagen", "abgelaufen").
 * Intl.RelativeTimeFormat gives the words in the user's language; "abgelaufen" comes from the message catalogue.
 */
import { berlinClock, berlinDay, daysBetween } from './berlin-time.ts';

export type Urgency = 'expired' | 'critical' | 'soon' | 'later';

export interface Countdown {
  /** days from today (Berlin) to the deadline's day; negative when past */
  days: number;
  expired: boolean;
  urgency: Urgency;
}

/** How far a deadline (date, optional HH:MM) is from `now`; a date without time ends at the end of that day. */
export function countdown(date: string, time: string | undefined, now: Date): Countdown {
  const days = daysBetween(berlinDay(now), date);
  const expired = days < 0 || (days === 0 && !!time && berlinClock(now) > time);
  const urgency: Urgency = expired ? 'expired' : days <= 2 ? 'critical' : days <= 7 ? 'soon' : 'later';
  return { days, expired, urgency };
}

const relative = new Map<string, Intl.RelativeTimeFormat>();

/** The countdown in words for `locale`; `expiredWord` is the catalogue's "abgelaufen". */
export function countdownWords(c: Countdown, locale: string, expiredWord: string): string {
  if (c.expired) return expiredWord;
  let f = relative.get(locale);
  if (!f) relative.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return f.format(c.days, 'day');
}
