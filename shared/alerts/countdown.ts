/**
 * Countdown words for a deadline ("heute", "morgen", "in 3 Tagen", "abgelaufen"): the alert texts and the
 * extension's popup say the same thing. Days are counted in Berlin calendar days, not 24-hour blocks, so an
 * 08:00 alert for tomorrow's deadline says "morgen" whatever the time of the deadline.
 */
import type { Deadline } from '../schema.ts';
import { instantToWallTime } from './berlin-time.ts';
import { dayNumber } from './days.ts';
import { deadlineInstant } from './deadline.ts';

export type Lang = 'de' | 'en';

export interface Countdown {
  expired: boolean;
  /** Berlin calendar days from now to the deadline's date (0 = today); 0 when expired */
  days: number;
}

/** How far away a deadline is at `now` (ms). */
export function countdownOf(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>, nowMs: number): Countdown {
  if (nowMs >= deadlineInstant(deadline)) return { expired: true, days: 0 };
  const today = dayNumber(instantToWallTime(nowMs).date);
  return { expired: false, days: Math.max(0, dayNumber(deadline.date) - today) };
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

/** Countdown words for a deadline at `now` (ms). */
export function countdown(deadline: Pick<Deadline, 'date' | 'time' | 'tz'>, nowMs: number, lang: Lang = 'de'): string {
  return countdownWords(countdownOf(deadline, nowMs), lang);
}
