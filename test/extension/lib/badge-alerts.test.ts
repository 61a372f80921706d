import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServiceAlert, ServiceClient } from '../../../extension/lib/api.ts';
import { pollAlerts } from '../../../extension/lib/alerts.ts';
import { markTabOnList, updateBadge } from '../../../extension/lib/badge.ts';
import { makeItem, speak } from '../fixtures.ts';

const now = new Date('2026-03-10T09:00:00Z');
beforeAll(() => speak('de'));
beforeEach(() => fakeBrowser.reset());

describe('badge', () => {
  it('shows the number of deadlines within 7 days, nothing when there are none or it is switched off', async () => {
    const items = [makeItem({ deadlines: [{ date: '2026-03-12', label: '', kind: 'application' }] })];
    await updateBadge(items, now, true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toContain('1 Fristen');
    await updateBadge(items, now, false);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('marks one tab as already on the list', async () => {
    await markTabOnList(7, 'Nakopa 2026');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Bereits auf der Liste: Nakopa 2026');
  });
});

describe('alerts', () => {
  const alert = (offset: number): ServiceAlert => ({ itemId: 'i1', title: 'Nakopa', deadline: { date: '2026-03-13', label: 'Antragsfrist', kind: 'application' }, offset });
  function service(batches: ServiceAlert[][]): ServiceClient & { seen: (string | null)[] } {
    const seen: (string | null)[] = [];
    let i = 0;
    return {
      seen,
      me: async () => ({ member: { id: 'm', name: 'M', role: 'member' }, team: { id: 't', name: 'T' } }),
      push: async () => ({ results: [], cursor: 0 }),
      pull: async () => ({ items: [], cursor: 0, more: false }),
      alerts: async (since) => {
        seen.push(since);
        return { alerts: batches[i] ?? [], cursor: `c${++i}` };
      },
      members: async () => [],
    };
  }

  it('shows each alert once as a notification in German, across polls that repeat it', async () => {
    const api = service([[alert(7), alert(2)], [alert(2), alert(0)]]);
    expect(await pollAlerts(api, true, now)).toBe(2);
    expect(await pollAlerts(api, true, now)).toBe(1);
    expect(api.seen).toEqual([null, 'c1']);
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions?.() ?? (await fakeBrowser.notifications.getAll()));
    expect(shown).toHaveLength(3);
    expect((shown[0] as { message: string }).message).toMatch(/^Antragsfrist: in 3 Tagen \(Fr\., 13\.03\.2026\)$/);
  });

  it('shows nothing when notifications are switched off but still moves on', async () => {
    const api = service([[alert(7)], [alert(7)]]);
    expect(await pollAlerts(api, false, now)).toBe(0);
    await pollAlerts(api, true, now);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
  });
});
