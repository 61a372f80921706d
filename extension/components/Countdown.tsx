/** A deadline's countdown in words ("heute", "in 3 Tagen", "abgelaufen"), coloured by urgency (never by colour alone). */
import type { Countdown as CountdownValue } from '../lib/countdown.ts';
import { countdownWords } from '../lib/countdown.ts';
import { uiLocale } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';

export function Countdown({ value }: { value: CountdownValue }) {
  return <span class={`countdown urgency-${value.urgency}`}>{countdownWords(value, uiLocale(), t('countdownExpired'))}</span>;
}
