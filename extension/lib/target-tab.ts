/** The tab a popup acts on: the active tab of its window, or the one named by ?tabId= (a popup opened in its own window). */
import { browser, type Browser } from '#imports';

/** The tab to clip and to check against the list; null when there is none. */
export async function targetTab(search: string = globalThis.location?.search ?? ''): Promise<Browser.tabs.Tab | null> {
  const id = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id).catch(() => null);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
