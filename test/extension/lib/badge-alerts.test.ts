import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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
    expect(await fakeBrowser.action.getTitle({})).toContain('callwatch: 1 Frist in den nächsten 7 Tagen');
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
  // an entry of GET /api/v1/alerts exactly as service/alerts/inbox.ts returns it (the extension channel's payload)
  const alert = (seq: number, offset: number, createdAt = '2026-03-10T07:00:00.000Z'): ServiceAlert => ({
    seq,
    createdAt,
    id: `0190a000-0000-7000-8000-00000000000${seq}`,
    title: `Frist in ${offset} Tagen: Nakopa`,
    body: 'Antragsfrist am 13.03.2026',
    url: 'https://agency.example/nakopa',
    tag: 'item-i1',
    alert: { type: 'deadline.due', itemId: 'i1', title: 'Nakopa', url: 'https://agency.example/nakopa', deadline: { date: '2026-03-13', label: 'Antragsfrist', kind: 'application' }, offset, dueAt: createdAt },
  });
  /** A service whose inbox answers from `inbox` after the cursor, `page` at a time, as the real one does. */
  function service(inbox: ServiceAlert[], page = 100): ServiceClient & { asked: number[] } {
    const asked: number[] = [];
    return {
      asked,
      ...({} as ServiceClient),
      alerts: async (since, limit = 100) => {
        asked.push(since);
        const after = inbox.filter((a) => a.seq > since);
        const taken = after.slice(0, Math.min(limit, page));
        return { alerts: taken, cursor: taken.length > 0 ? taken[taken.length - 1].seq : since, more: after.length > taken.length };
      },
    };
  }
  type Shown = [id: string, options: { title: string; message: string }];
  let created: Shown[] = [];
  beforeEach(() => {
    vi.restoreAllMocks();
    created = [];
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (id: string, o: unknown) => Promise<string>;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: Shown[1]) => {
      created.push([id, options]);
      return create(id, options);
    }) as never);
  });
  // the notifications on screen, with what each says
  const shown = async (): Promise<Shown[]> => {
    const open = Object.keys(await fakeBrowser.notifications.getAll());
    return created.filter(([id]) => open.includes(id));
  };

  it('shows a due alert as one notification in German, and never again on later polls or a replay', async () => {
    const inbox = [alert(1, 7)];
    const api = service(inbox);
    expect(await pollAlerts(api, true, now)).toBe(1);
    expect(await pollAlerts(api, true, now)).toBe(0);
    inbox.push(alert(2, 2), { ...alert(1, 7), seq: 3 });
    expect(await pollAlerts(api, true, now)).toBe(1);
    expect(api.asked).toEqual([0, 1, 1]);
    const list = await shown();
    expect(list.map(([id]) => id)).toEqual([`alert:i1:${alert(1, 7).id}`, `alert:i1:${alert(2, 2).id}`]);
    expect(list[0][1].title).toBe('Nakopa');
    expect(list[0][1].message).toMatch(/^Antragsfrist: in 3 Tagen \(Fr\., 13\.03\.2026\)$/);
  });

  it("reads every page of a full inbox but shows only the last days' alerts", async () => {
    const inbox = [alert(1, 14, '2026-02-20T07:00:00.000Z'), alert(2, 7), alert(3, 2)];
    const api = service(inbox, 1);
    expect(await pollAlerts(api, true, now)).toBe(2);
    expect(api.asked).toEqual([0, 1, 2]);
    expect(await shown()).toHaveLength(2);
  });

  it("shows the service's text for a moved deadline", async () => {
    const moved: ServiceAlert = { ...alert(1, 0), title: 'Frist geändert: Nakopa', body: 'Antragsfrist jetzt am 20.03.2026', alert: { type: 'deadline.changed', itemId: 'i1', title: 'Nakopa', deadline: { date: '2026-03-20', label: 'Antragsfrist', kind: 'application' }, offset: null } };
    await pollAlerts(service([moved]), true, now);
    expect((await shown())[0][1]).toMatchObject({ title: 'Frist geändert: Nakopa', message: 'Antragsfrist jetzt am 20.03.2026' });
  });

  it('shows nothing when notifications are switched off but still moves on', async () => {
    const api = service([alert(1, 7)]);
    expect(await pollAlerts(api, false, now)).toBe(0);
    expect(await pollAlerts(api, true, now)).toBe(0);
    expect(await shown()).toHaveLength(0);
  });
});
