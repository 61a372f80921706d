import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRuntime, MENU_PAGE, MENU_SELECTION, SYNC_ALARM } from '../../../../extension/lib/background/runtime.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { ask } from '../../../../extension/lib/messages.ts';
import { listenForRequests } from '../../../../extension/lib/background/runtime.ts';
import { germanBrowserI18n, makeItem, speak } from '../../fixtures.ts';

const now = () => new Date('2026-03-10T09:00:00Z');
beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  germanBrowserI18n(fakeBrowser as never);
});

describe('background runtime', () => {
  it('on install: context menu entries for page and selection, and the sync alarm', async () => {
    const created: { id?: string; contexts?: string[] }[] = [];
    fakeBrowser.contextMenus.create = ((props: { id?: string; contexts?: string[] }) => {
      created.push(props);
      return props.id ?? '';
    }) as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    await createBackgroundRuntime(now).onInstalled();
    expect(created.map((c) => [c.id, c.contexts])).toEqual([
      [MENU_PAGE, ['page']],
      [MENU_SELECTION, ['selection']],
    ]);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(5);
  });

  it('stores a page\'s changes as ops before it answers, and keeps the badge on the overlay', async () => {
    const runtime = createBackgroundRuntime(now);
    listenForRequests(runtime);
    await runtime.onWake();
    const opIds = (await ask({ type: 'save-changes', changes: [{ itemId: '0190a000-0000-7000-8000-0000000000aa', set: { kind: 'call', title: 'Neu', deadlines: [{ date: '2026-03-12', label: '', kind: 'application' }] } }] })).opIds;
    expect((await pendingOps.getValue()).map((op) => op.opId)).toEqual(opIds);
    await runtime.refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('updates the badge when the local copy changes', async () => {
    const runtime = createBackgroundRuntime(now);
    await runtime.onWake();
    const item = makeItem({ deadlines: [{ date: '2026-03-11', label: '', kind: 'application' }, { date: '2026-03-15', label: '', kind: 'application' }] });
    await itemsCopy.setValue({ [item.id]: item });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('answers unknown messages with nothing (other listeners may answer them)', () => {
    expect(createBackgroundRuntime(now).onMessage({ type: 'nope' }, {})).toBeUndefined();
  });
});
