/**
 * Countdown of a deadline ("heute", "morgen", "in 3 Tagen", "abgelaufen") and its urgency: the alert texts, the
 * extension's popup, dashboard, badge and notifications say the same thing. Days are counted in Berlin calendar days,
 * not 24-hour blocks, so an 08:00 alert for tomorrow's deadline says "morgen" whatever the time of the deadline.
 */
import type { Deadline } from '../schema.ts';
import { instantToWallTime } from '../time/berlin.ts';
import { dayNumber } from '../time/days.ts';
import { deadlineInstant } from './deadline.ts';

export type Lang = 'de' | 'en';

/** How the popup colours a deadline (DESIGN.md "Extension": urgency colour). */
export type Urgency = 'expired' | 'critical' | 'soon' | 'later';

export interface Countdown {
  expired: boolean;
  /** Berlin calendar days from today to the deadline's date: 0 = today, 1 = tomorrow; ≤ 0 (days ago) when expired */
  days: number;
  /** expired; critical up to 2 days ahead; soon up to 7; later */
  urgency: Urgency;
}

/** How far away a deadline is at `now` (ms). */
export function countdownOf(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>, nowMs: number): Countdown {
  const days = dayNumber(deadline.date) - dayNumber(instantToWallTime(nowMs).date);
  // a deadline in a zone east or west of Berlin may end on another Berlin day than its date: never "tomorrow" once
  // over, never "expired 1 day ago" while still open
  if (nowMs >= deadlineInstant(deadline)) return { expired: true, days: Math.min(0, days), urgency: 'expired' };
  const ahead = Math.max(0, days);
  return { expired: false, days: ahead, urgency: ahead <= 2 ? 'critical' : ahead <= 7 ? 'soon' : 'later' };
}

const WORDS: Record<Lang, { expired: string; today: string; tomorrow: string; inDays: (n: number) => string }> = {
  de: { expired: 'abgelaufen', today: 'heute', tomorrow: 'morgen', inDays: (n) => `in ${n} Tagen` },
  en: { expired: 'expired', today: 'today', tomorrow: 'tomorrow', inDays: (n) => `in ${n} days` },
};

/** The countdown in words: "heute" / "today", "morgen" / "tomorrow", "in 3 Tagen" / "in 3 days", "abgelaufen" / "expired". */
export function countdownWords(countdown: Countdown, lang: Lang = 'de'): string {
  const words = WORDS[lang];
  if (countdown.expired) return words.expired;
  if (countdown.days === 0) return words.today;
  if (countdown.days === 1) return words.tomorrow;
  return words.inDays(countdown.days);
}

// Building an Intl formatter costs far more than using one; the dashboard shows hundreds of countdowns.
const relative = new Map<string, Intl.RelativeTimeFormat>();

/**
 * The countdown in the words of any locale, as Intl.RelativeTimeFormat says them ("übermorgen", "dans 3 jours"):
 * the extension speaks the browser's language. `expiredWord` comes from the caller's message catalogue.
 */
export function relativeCountdownWords(countdown: Countdown, locale: string, expiredWord: string): string {
  if (countdown.expired) return expiredWord;
  let f = relative.get(locale);
  if (!f) relative.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return f.format(countdown.days, 'day');
}

/** Countdown words for a deadline at `now` (ms). */
export function countdown(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>, nowMs: number, lang: Lang = 'de'): string {
  return countdownWords(countdownOf(deadline, nowMs), lang);
}
