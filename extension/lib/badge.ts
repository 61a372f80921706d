/**
 * The toolbar badge: the number of deadlines within 7 days, and a check mark on a tab whose page is already on the list.
 */
import { browser } from '#imports';
import type { Item } from '../../shared/schema.ts';
import { deadlinesWithinWeek } from './deadlines.ts';
import { t, tn } from './i18n.ts';

/** Sets the global badge from the items as the user sees them (pending edits included). */
export async function updateBadge(items: Iterable<Item>, now: Date, enabled: boolean): Promise<number> {
  const count = enabled ? deadlinesWithinWeek(items, now) : 0;
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({ title: count > 0 ? tn('badgeTitle', count) : t('extName') });
  return count;
}

/** Marks one tab as showing a page that is already on the team's list. */
export async function markTabOnList(tabId: number, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '✓' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1b6e3a' });
  await browser.action.setTitle({ tabId, title: t('onListBadgeTitle', [title]) });
}
