/**
 * The background only wires listeners (STYLE.md): sync on start, after every local change, on an alarm and when the
 * browser is back online; context menu and keyboard shortcut clip the page; the badge follows the local copy.
 */
import { createBackgroundRuntime, listenForRequests } from '../lib/background/runtime.ts';

export default defineBackground(() => {
  const runtime = createBackgroundRuntime();
  browser.runtime.onInstalled.addListener((details) => void runtime.onInstalled(details.reason));
  browser.runtime.onStartup.addListener(() => void runtime.requestSync());
  browser.alarms.onAlarm.addListener((alarm) => void runtime.onAlarm(alarm.name));
  listenForRequests(runtime);
  browser.contextMenus.onClicked.addListener((info, tab) => void runtime.onContextMenu(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void runtime.onCommand(command, tab));
  browser.notifications.onClicked.addListener((id) => void runtime.onNotificationClicked(id));
  globalThis.addEventListener?.('online', () => void runtime.requestSync());
  // Web Push (Chromium's service worker only; Firefox's event page gets no push events)
  const worker = globalThis as unknown as PushWorker;
  if (worker.registration?.pushManager) {
    worker.addEventListener('push', (event) => event.waitUntil(runtime.onPush(event.data?.text() ?? null, worker.registration!)));
    worker.addEventListener('notificationclick', (event) => {
      event.notification.close();
      event.waitUntil(runtime.onPushClicked((event.notification.data as { tag?: string } | null)?.tag));
    });
  }
  void runtime.onWake();
});

/** The service-worker globals used above (the project's TypeScript libs have no WebWorker types). */
interface PushWorker {
  registration?: ServiceWorkerRegistration;
  addEventListener(type: 'push', listener: (event: { data: { text(): string } | null; waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: { notification: Notification; waitUntil(p: Promise<unknown>): void }) => void): void;
}
