import { Window } from 'happy-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRuntime, MENU_PAGE, MENU_SELECTION, SYNC_ALARM } from '../../../../extension/lib/background/runtime.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { settings } from '../../../../extension/lib/store/settings.ts';
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

  it('opens the options page on the first installation of a browser that is not connected yet, not on updates', async () => {
    let opened = 0;
    fakeBrowser.runtime.openOptionsPage = (async () => void (opened += 1)) as never;
    fakeBrowser.contextMenus.create = (() => '') as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    const runtime = createBackgroundRuntime(now);
    await runtime.onInstalled('update');
    expect(opened).toBe(0);
    await runtime.onInstalled('install');
    expect(opened).toBe(1);
    // a profile that already has a connection (restored or managed settings) is not sent there again
    await settings.setValue({ ...(await settings.getValue()), serviceUrl: 'https://callwatch.stadt.de', token: 'cw_abc' });
    await runtime.onInstalled('install');
    expect(opened).toBe(1);
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

describe('background runtime: configuration', () => {
  it('syncs as soon as the service is first configured, from a fresh copy', async () => {
    const { settings, DEFAULT_SETTINGS } = await import('../../../../extension/lib/store/settings.ts');
    const { syncStatus } = await import('../../../../extension/lib/store/sync-status.ts');
    const runtime = createBackgroundRuntime(now);
    await runtime.onWake();
    const stale = makeItem({ title: 'Anderes Team' });
    await itemsCopy.setValue({ [stale.id]: stale });
    // nothing listens on port 9: the attempt fails as "offline", which proves it was made
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:9', token: 'cw_x' });
    await expect.poll(async () => (await syncStatus.getValue()).lastError?.kind, { timeout: 5000 }).toBe('offline');
    expect(await itemsCopy.getValue()).toEqual({});
  });
});

describe('background runtime: clip gestures', () => {
  it('clips the tab from the context menu or the shortcut and opens the preview with the draft', async () => {
    const { clipDrafts } = await import('../../../../extension/lib/store/drafts.ts');
    const { CLIP_SCRIPT } = await import('../../../../extension/lib/clip/clip-tab.ts');
    const injected: unknown[] = [];
    const opened: string[] = [];
    const { readClipPage } = await import('../../../../extension/lib/clip/page-read.ts');
    // what the content script reads from the page; the background extracts it
    const window = new Window({ url: 'https://agency.example/a' });
    window.document.write('<!DOCTYPE html><html lang="de"><body><main><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2027</p></main></body></html>');
    const { pageReadResult } = await import('../../../../extension/lib/clip/page-read-result.ts');
    const read = pageReadResult(readClipPage(window.document as unknown as Document, ''));
    fakeBrowser.scripting.executeScript = (async (details: unknown) => {
      injected.push(details);
      return [{ frameId: 0, result: read }];
    }) as never;
    fakeBrowser.windows.create = (async (data: { url?: string }) => {
      opened.push(String(data.url));
      return { id: 1 };
    }) as never;
    const runtime = createBackgroundRuntime(now);
    await runtime.onContextMenu({ menuItemId: MENU_SELECTION, editable: false, pageUrl: 'https://agency.example/a', selectionText: 'Aus Auswahl' } as never, { id: 12 } as never);
    await runtime.onCommand('clip-page', { id: 12 } as never);
    expect(injected).toEqual([
      { target: { tabId: 12 }, files: [CLIP_SCRIPT] },
      { target: { tabId: 12 }, files: [CLIP_SCRIPT] },
    ]);
    const drafts = Object.values(await clipDrafts.getValue());
    expect(drafts.map((d) => [d.items[0].fields.title, d.items[0].fields.deadlines.map((x) => x.date)])).toEqual([
      ['Förderaufruf Dorfladen', ['2027-06-30']],
      ['Förderaufruf Dorfladen', ['2027-06-30']],
    ]);
    expect(opened.map((u) => new URL(u).pathname + new URL(u).search).sort()).toEqual(drafts.map((d) => `/preview.html?draft=${d.id}`).sort());
  });

  it('tells the user in a notification when a page cannot be clipped', async () => {
    fakeBrowser.scripting.executeScript = (async () => {
      throw new Error('Cannot access a chrome:// URL');
    }) as never;
    await createBackgroundRuntime(now).onContextMenu({ menuItemId: MENU_PAGE, editable: false, pageUrl: 'chrome://settings' } as never, { id: 3 } as never);
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions?.() ?? {}) as { title: string }[];
    expect(shown.map((n) => n.title)).toEqual(['Erfassen nicht möglich']);
  });
});
