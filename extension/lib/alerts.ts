/**
 * Alerts as browser notifications: polls the member's inbox (GET /api/v1/alerts?since=<cursor>) and shows each alert
 * once, even across restarts and repeated polls. The service addresses one inbox entry per alert and member; its `id`
 * is the alert's identity here.
 */
import { browser } from '#imports';
import type { ServiceAlert, ServiceClient } from './api.ts';
import { alertsSeen } from './store/alerts-seen.ts';
import { countdownOf, relativeCountdownWords } from '../../shared/alerts/countdown.ts';
import { formatDay, uiLocale } from './format.ts';
import { t } from './i18n.ts';

const KEEP_KEYS = 1000;
const PAGE = 100;
const MAX_PAGES = 10;
// An alert older than this is not news any more (a browser that was off over a long weekend, a first connection with a
// full inbox): it is marked seen without a notification. Web Push keeps its messages a day; a weekend needs three.
const MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

/** The notification text of a deadline alert in the user's language; the service's own text for anything else. */
export function alertMessage(a: ServiceAlert, now: Date): string {
  const deadline = a.alert.deadline;
  if (a.alert.type !== 'deadline.due' || !deadline) return a.body;
  const words = relativeCountdownWords(countdownOf(deadline, now.getTime()), uiLocale(), t('countdownExpired'));
  return t('alertMessage', [deadline.label || t('deadline'), words, formatDay(deadline.date, deadline.time)]);
}

/** The notification's id: alert:<itemId>:<id>, so a click can open the item (none for the digest). */
export function notificationId(a: ServiceAlert): string {
  return `alert:${a.alert.itemId ?? ''}:${a.id}`;
}

function isFresh(a: ServiceAlert, now: Date): boolean {
  const at = Date.parse(a.createdAt);
  return Number.isNaN(at) || now.getTime() - at <= MAX_AGE_MS;
}

/** Fetches new alerts and notifies each one not shown before (when `notify`); returns how many were shown. */
export async function pollAlerts(api: ServiceClient, notify: boolean, now: Date = new Date()): Promise<number> {
  const seen = await alertsSeen.getValue();
  const known = new Set(seen.keys);
  let cursor = seen.cursor;
  let shown = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.alerts(cursor, PAGE);
    const fresh = result.alerts.filter((a) => !known.has(a.id));
    for (const a of fresh) {
      known.add(a.id);
      if (!notify || !isFresh(a, now)) continue;
      await browser.notifications.create(notificationId(a), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: a.alert.type === 'deadline.due' ? (a.alert.title ?? a.title) : a.title,
        message: alertMessage(a, now),
      });
      shown++;
    }
    cursor = Math.max(cursor, result.cursor);
    // stored per page: a notification shown is never shown again, even if the next page fails
    await alertsSeen.setValue({ cursor, keys: [...known].slice(-KEEP_KEYS) });
    if (!result.more) break;
  }
  return shown;
}
