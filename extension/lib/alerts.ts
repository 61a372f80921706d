/**
 * Alerts as browser notifications: polls GET /api/v1/alerts and shows each alert once, even across restarts.
 */
import { browser } from '#imports';
import type { ServiceAlert, ServiceClient } from './api.ts';
import { alertsSeen } from './store/alerts-seen.ts';
import { countdown, countdownWords } from './countdown.ts';
import { formatDay, uiLocale } from './format.ts';
import { t } from './i18n.ts';

const KEEP_KEYS = 1000;

/** The identity of an alert: its id, else (item, deadline, offset) as in the service's outbox key. */
export function alertKey(a: ServiceAlert): string {
  return a.id ?? a.key ?? `${a.itemId}|${a.deadline?.date ?? ''}|${a.deadline?.time ?? ''}|${a.deadline?.label ?? ''}|${a.offset ?? ''}`;
}

/** The notification text for an alert, in the user's language. */
export function alertMessage(a: ServiceAlert, now: Date): string {
  if (!a.deadline) return t('alertNoDeadline');
  const c = countdown(a.deadline.date, a.deadline.time, now);
  const words = countdownWords(c, uiLocale(), t('countdownExpired'));
  return t('alertMessage', [a.deadline.label || t('deadline'), words, formatDay(a.deadline.date, a.deadline.time)]);
}

/** Fetches new alerts and notifies each one not shown before; returns how many were shown. */
export async function pollAlerts(api: ServiceClient, notify: boolean, now: Date = new Date()): Promise<number> {
  const seen = await alertsSeen.getValue();
  const { alerts, cursor } = await api.alerts(seen.cursor);
  const known = new Set(seen.keys);
  const fresh = alerts.filter((a) => !known.has(alertKey(a)));
  if (notify) {
    for (const a of fresh) {
      await browser.notifications.create(`alert:${a.itemId}:${alertKey(a)}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: a.title,
        message: alertMessage(a, now),
      });
    }
  }
  await alertsSeen.setValue({ cursor: cursor ?? seen.cursor, keys: [...seen.keys, ...fresh.map(alertKey)].slice(-KEEP_KEYS) });
  return notify ? fresh.length : 0;
}
