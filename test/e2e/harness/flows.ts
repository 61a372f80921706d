/** Steps the end-to-end suites share: configure a profile, open the popup for a page, clip, wait for the service's copy. */
import type { Page } from 'playwright-core';
import type { Item } from '../../../shared/schema.ts';
import { tabIdOf, type ExtensionBrowser } from './browser.ts';
import { apiGet, type RunningService } from './service.ts';

/** What `callwatch team create` / `member add --json` print. */
export interface Credentials {
  team: { id: string; name: string };
  member: { id: string; name: string };
  token: string;
}

/** The team's whole list as the service holds it, tombstones included. */
export async function pulledItems(service: RunningService, token: string): Promise<Item[]> {
  const all: Item[] = [];
  for (let since = 0; ; ) {
    const page = await apiGet<{ items: Item[]; cursor: number; more: boolean }>(service, `/api/v1/sync/pull?since=${since}&limit=1000`, token);
    all.push(...page.items);
    since = page.cursor;
    if (!page.more) return all;
  }
}

/** Polls the service until an item matches (the extension syncs on its own schedule). */
export async function waitForServerItem(service: () => RunningService, token: string, match: (item: Item) => boolean, timeoutMs = 45_000): Promise<Item> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const held = await pulledItems(service(), token).catch(() => []);
    const found = held.find(match);
    if (found) return found;
    // what the service holds instead tells a change that never left the browser from one that arrived changed
    if (Date.now() > until) throw new Error(`the item did not reach the service; it holds: ${JSON.stringify(held.map((i) => i.title)).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Sets the service address and token in the options page, in German; returns the options page. */
export async function configure(browser: ExtensionBrowser, service: RunningService, who: Credentials): Promise<Page> {
  const options = await browser.open('options.html');
  // Debian's Chromium here speaks only en-US, so the extension follows it until the user picks German
  await Promise.all([options.waitForEvent('load'), options.locator('#language').selectOption('de')]);
  await options.getByRole('heading', { name: 'Einstellungen' }).waitFor();
  await options.getByLabel('Adresse des Dienstes').fill(service.url);
  await options.getByLabel('Zugangsschlüssel').fill(who.token);
  await options.getByRole('button', { name: 'Verbindung testen' }).click();
  // a locator wait, not expect.poll: this also runs in beforeAll
  await options.locator('#test-result', { hasText: `Verbunden mit Team „${who.team.name}“ als ${who.member.name}.` }).waitFor();
  return options;
}

/** Opens `pageUrl` in a tab and the popup for that tab at popup size (a test cannot click the toolbar button). */
export async function popupFor(browser: ExtensionBrowser, pageUrl: string): Promise<{ agency: Page; popup: Page; tabId: number }> {
  const agency = await browser.context.newPage();
  await agency.goto(pageUrl);
  const tabId = await tabIdOf(browser, agency.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 460, height: 640 });
  await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
  return { agency, popup, tabId };
}

/** Clicks the popup's clip button and waits for the preview (which clips the tab as it opens). */
export async function clipToPreview(popup: Page, ready = '#item-0-title'): Promise<void> {
  await popup.getByRole('button', { name: /Diese Seite erfassen|Erneut erfassen/ }).click();
  await popup.waitForURL(/preview\.html\?(tab|draft)=/);
  await popup.locator(ready).waitFor();
}
