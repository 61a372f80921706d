/**
 * What the background does, apart from the listener wiring in background.ts (so tests can drive it with fakeBrowser).
 */
import { browser, type Browser } from '#imports';
import { serviceClient } from '../api.ts';
import { pollAlerts } from '../alerts.ts';
import { readPush } from '../webpush.ts';
import { markTabOnList, updateBadge } from '../badge.ts';
import { clipTab } from '../clip/clip-tab.ts';
import { extractFromRead } from '../clip/page-extract.ts';
import { previewUrl } from '../clip/preview-url.ts';
import type { ClipDraft } from '../clip/draft.ts';
import { readWaitingPdfs } from '../clip/pdf-outbox.ts';
import { t, useLanguage } from '../i18n.ts';
import type { Request } from '../messages.ts';
import { itemsCopy } from '../store/items.ts';
import { pendingOps } from '../store/pending.ts';
import { sentOps } from '../store/sent.ts';
import { DEFAULT_SETTINGS, isConfigured, readSettings, settings } from '../store/settings.ts';
import { syncStatus } from '../store/sync-status.ts';
import { readLocalView } from '../sync/local-view.ts';
import { buildDigest } from '../popup-digest.ts';
import { popupDigest } from '../store/popup-digest.ts';
import { dismissProblem, enqueueChanges, resetCopy } from '../sync/queue.ts';
import { createSyncScheduler } from '../sync/scheduler.ts';

export const SYNC_ALARM = 'sync';
/** one-shot: retry a failed sync while changes are pending, even if the service worker was stopped meanwhile */
export const RETRY_ALARM = 'sync-retry';
/** the shortest alarm delay browsers allow (Chrome from 120: 30 s) */
const MIN_ALARM_MINUTES = 0.5;
const SYNC_EVERY_MINUTES = 5;
// A service worker wakes for every message; only a wake this long after the last sync starts one by itself.
const WAKE_SYNC_AFTER_MS = 60_000;
export const MENU_PAGE = 'clip-page';
export const MENU_SELECTION = 'clip-selection';
export const CLIP_COMMAND = 'clip-page';

/** Builds the background's behaviour; `now` is injectable for tests. */
export function createBackgroundRuntime(now: () => Date = () => new Date()) {
  async function refreshBadge(): Promise<void> {
    const s = await readSettings();
    const view = Object.values(await readLocalView(s.member?.id ?? null));
    await updateBadge(view, now(), s.badge);
    await popupDigest.setValue(buildDigest(view, s.member?.id ?? null, now()));
  }

  async function afterSync(): Promise<void> {
    await refreshBadge();
    const s = await readSettings();
    if (!isConfigured(s)) return;
    // alerts are a convenience: a service without them (or offline) must not fail the sync. With Web Push on, the push
    // already showed each alert: polling then only moves the cursor, so no alert appears twice.
    await pollAlerts(serviceClient(s.serviceUrl, s.token), s.notifications && !s.webpushChannelId, now()).catch(() => 0);
    // the service answers again: the PDF clips that waited for it are read now (pdf-outbox.ts)
    await readWaitingPdfs(notifyPdfRead, undefined, now);
  }

  /** A waiting PDF was read: the notification opens its preview (pdf-read:<draftId>). */
  async function notifyPdfRead(draft: ClipDraft, read: boolean): Promise<void> {
    await browser.notifications.create(`pdf-read:${draft.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(read ? 'pdfReadTitle' : 'pdfNotReadTitle'),
      message: t('pdfReadMessage', [draft.page.title]),
    });
  }

  const wakeAfter = async (ms: number) => {
    await browser.alarms.create(RETRY_ALARM, { delayInMinutes: Math.max(MIN_ALARM_MINUTES, ms / 60_000) });
  };
  const scheduler = createSyncScheduler({ afterSync, now, wakeAfter });
  let watching = false;

  function watchStore(): void {
    if (watching) return;
    watching = true;
    itemsCopy.watch(() => void refreshBadge());
    pendingOps.watch(() => void refreshBadge());
    sentOps.watch(() => void refreshBadge());
    settings.watch((next, previous) => {
      const current = { ...DEFAULT_SETTINGS, ...next };
      const before = { ...DEFAULT_SETTINGS, ...previous };
      void useLanguage(current.language).then(refreshBadge);
      // another service or another team: the old copy is not this team's
      if (current.serviceUrl !== before.serviceUrl || current.team?.id !== before.team?.id) void resetCopy().then(() => scheduler.request());
      else if (current.token !== before.token) void scheduler.request();
    });
  }

  async function openPreview(draftId: string): Promise<void> {
    await browser.windows.create({ url: previewUrl(draftId), type: 'popup', width: 560, height: 780 });
  }

  async function clipAndPreview(tab: Browser.tabs.Tab | undefined): Promise<void> {
    if (tab?.id === undefined) return;
    try {
      const draft = await clipTab(tab.id, extractFromRead);
      await openPreview(draft.id);
    } catch (error) {
      await browser.notifications.create(`clip-failed:${Date.now()}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('clipFailedTitle'),
        message: t('clipFailedMessage'),
      });
      console.warn('clip failed', error);
    }
  }

  async function openDashboardAt(itemId: string | undefined): Promise<void> {
    await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${itemId ? `#item=${itemId}` : ''}` as never) });
  }

  return {
    requestSync: () => scheduler.request(),
    refreshBadge,
    async onWake() {
      watchStore();
      await useLanguage((await readSettings()).language).catch(() => undefined);
      await ensureAlarm();
      await refreshBadge();
      const { lastSyncAt } = await syncStatus.getValue();
      if (!lastSyncAt || now().getTime() - Date.parse(lastSyncAt) > WAKE_SYNC_AFTER_MS) await scheduler.request();
    },
    /** `reason` is the browser's ('install' on the first installation, 'update', …). */
    async onInstalled(reason?: string) {
      // a new user starts where the connection is set up
      if (reason === 'install' && !isConfigured(await readSettings())) await browser.runtime.openOptionsPage();
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_PAGE, title: t('menuClipPage'), contexts: ['page'] });
      browser.contextMenus.create({ id: MENU_SELECTION, title: t('menuClipSelection'), contexts: ['selection'] });
      await ensureAlarm();
      await scheduler.request();
    },
    async onAlarm(name: string) {
      if (name === SYNC_ALARM || name === RETRY_ALARM) await scheduler.request();
    },
    async onContextMenu(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
      if (info.menuItemId === MENU_PAGE || info.menuItemId === MENU_SELECTION) await clipAndPreview(tab);
    },
    async onCommand(command: string, tab?: Browser.tabs.Tab) {
      if (command !== CLIP_COMMAND) return;
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await clipAndPreview(target);
    },
    async onNotificationClicked(id: string) {
      // alert notifications are named alert:<itemId>:<key> (the dashboard at that item), a read PDF pdf-read:<draftId> (its preview)
      const [kind, itemId] = id.split(':');
      if (kind === 'alert') await openDashboardAt(itemId);
      if (kind === 'pdf-read' && itemId) await openPreview(itemId);
    },
    /** Shows a Web Push message (the worker must show one for every push: userVisibleOnly). */
    async onPush(text: string | null, registration: Pick<ServiceWorkerRegistration, 'showNotification'>) {
      const pushed = readPush(text);
      if (!pushed) return;
      await registration.showNotification(pushed.title, { body: pushed.body, tag: pushed.tag || undefined, icon: '/icon/128.png', data: { tag: pushed.tag } });
      // the item may have changed too: catch up
      void scheduler.request();
    },
    /** A click on a pushed notification: the item in the dashboard (the tag is item-<id>), else the dashboard. */
    async onPushClicked(tag: string | undefined) {
      await openDashboardAt(/^item-(.+)$/.exec(tag ?? '')?.[1]);
    },
    /** Answers a page's request (a promise, as webextension messaging expects). */
    onMessage(message: unknown, _sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
      const request = message as Request;
      switch (request?.type) {
        case 'save-changes':
          return enqueueChanges(request.changes).then((ops) => {
            void scheduler.request();
            return { ok: true, opIds: ops.map((op) => op.opId) };
          });
        case 'sync-now':
          return scheduler.request();
        case 'dismiss-problem':
          return dismissProblem(request.opId).then(() => ({ ok: true }));
        case 'reset-copy':
          return resetCopy().then(() => scheduler.request()).then(() => ({ ok: true }));
        case 'mark-on-list':
          return markTabOnList(request.tabId, request.title).then(() => ({ ok: true }));
        default:
          return undefined;
      }
    },
  };
}

/**
 * Wires a runtime's request handler to runtime.onMessage with sendResponse and `return true`, the form every browser
 * supports (a listener returning a promise is not understood by older Chrome versions).
 */
export function listenForRequests(runtime: Pick<BackgroundRuntime, 'onMessage'>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = runtime.onMessage(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  });
}

export type BackgroundRuntime = ReturnType<typeof createBackgroundRuntime>;

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
}
