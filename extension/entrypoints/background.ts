/**
 * The background only wires listeners (STYLE.md): sync on start, after every local change, on an alarm and when the
 * browser is back online; context menu and keyboard shortcut clip the page; the badge follows the local copy.
 */
import { createBackgroundRuntime, listenForRequests } from '../lib/background/runtime.ts';

export default defineBackground(() => {
  const runtime = createBackgroundRuntime();
  browser.runtime.onInstalled.addListener(() => void runtime.onInstalled());
  browser.runtime.onStartup.addListener(() => void runtime.requestSync());
  browser.alarms.onAlarm.addListener((alarm) => void runtime.onAlarm(alarm.name));
  listenForRequests(runtime);
  browser.contextMenus.onClicked.addListener((info, tab) => void runtime.onContextMenu(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void runtime.onCommand(command, tab));
  browser.notifications.onClicked.addListener((id) => void runtime.onNotificationClicked(id));
  globalThis.addEventListener?.('online', () => void runtime.requestSync());
  void runtime.onWake();
});
