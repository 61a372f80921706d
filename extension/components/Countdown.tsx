/** A deadline's countdown in words ("heute", "in 3 Tagen", "abgelaufen"), coloured by urgency (never by colour alone). */
import { relativeCountdownWords, type Countdown as CountdownValue } from '../../shared/alerts/countdown.ts';
import { uiLocale } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';

export function Countdown({ value }: { value: CountdownValue }) {
  return <span class={`countdown urgency-${value.urgency}`}>{relativeCountdownWords(value, uiLocale(), t('countdownExpired'))}</span>;
}
