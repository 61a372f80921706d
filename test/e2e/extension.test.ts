/**
 * The extension end to end, in Debian's Chromium: options → clip through the popup → edit → save → the service has it →
 * a colleague's profile sees it; offline clip arrives after the service starts; a hostile page title stays text;
 * screenshots and axe checks of popup, preview, options and dashboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Item } from '../../shared/schema.ts';
import { seriousViolations } from './harness/a11y.ts';
import { screenshot } from './harness/artifacts.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { clipToPreview, configure as configureOptions, popupFor as openPopupFor, waitForServerItem as serverItem, type Credentials } from './harness/flows.ts';
import { HOSTILE_TITLE, startPageServer, type PageServer } from './harness/page-server.ts';
import { apiGet, cli, startService, type RunningService } from './harness/service.ts';
import { tearDown, teamOfTwo } from './harness/setup.ts';

const NAKOPA = '/corpus/skew-nakopa-bekanntmachung-2024-zweistufig.html';
const KONFERENZ = '/corpus/klimaschutz-de-kommunale-klimakonferenz-2023.html';

let pages: PageServer;
let db: string;
let service: RunningService;
let anna: Credentials;
let ben: Credentials;
let browserA: ExtensionBrowser;
let browserB: ExtensionBrowser | undefined;

/** A calendar day n days from today in Berlin, as the extension counts. */
function dayFromToday(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const waitForServerItem = (token: string, match: (item: Item) => boolean) => serverItem(() => service, token, match);
const configure = (browser: ExtensionBrowser, who: Credentials) => configureOptions(browser, service, who);
const popupFor = (browser: ExtensionBrowser, path: string) => openPopupFor(browser, `${pages.url}${path}`);

beforeAll(async () => {
  pages = await startPageServer();
  ({ db, anna, ben } = teamOfTwo('Stadt Musterhausen'));
  service = await startService(db);
  browserA = await launchWithExtension(inject('extensionDir'));
});

afterAll(() => tearDown({ browsers: [browserB, browserA], service, db, site: pages }));

describe('callwatch extension in Chromium', () => {
  it('ships no host permission in this build other than the local test pages', async () => {
    const manifest = await browserA.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('is configured through its options page ("Verbindung testen" names team and member)', async () => {
    const options = await configure(browserA, anna);
    // once connected: the member's channels and the personal calendar address from the service
    await options.getByRole('button', { name: 'Kalenderadresse anzeigen' }).click();
    await expect.poll(() => options.getByLabel('Kalenderadresse').inputValue()).toMatch(new RegExp(`^${service.url}/ics/cwf_[A-Za-z0-9_-]{43}\\.ics$`));
    await screenshot(options, 'options');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('clips a page through the popup, takes an edited field, and the item reaches the service', async () => {
    const { popup, tabId } = await popupFor(browserA, NAKOPA);
    await clipToPreview(popup);
    await popup.locator('#item-0-title').fill('Nakopa 2024 – Projektskizze einreichen');
    await popup.getByRole('button', { name: 'Frist hinzufügen' }).click();
    const dates = popup.locator('input[type="date"][id^="item-0-deadline-"]');
    const last = (await dates.count()) - 1;
    await popup.locator(`#item-0-deadline-${last}-date`).fill(dayFromToday(3));
    await popup.getByLabel('Bezeichnung').nth(last).fill('Interne Frist');
    await popup.setViewportSize({ width: 560, height: 900 });
    await screenshot(popup, 'preview', { docs: true });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('gespeichert');

    const item = await waitForServerItem(anna.token, (i) => i.title === 'Nakopa 2024 – Projektskizze einreichen');
    expect(item.url).toBe(`${pages.url}${NAKOPA}`);
    expect(item.deadlines.some((d) => d.date === dayFromToday(3) && d.label === 'Interne Frist')).toBe(true);
    expect(item.status).toBe('new');
    // the changed title and the added deadline became a correction, sent after the save with the page as it was clipped
    type Kept = { id: string; url: string; changed: Array<{ from: number | null; fields: string[] }> };
    const corrections = async () => (await apiGet<{ corrections: Kept[] }>(service, '/api/v1/corrections', anna.token)).corrections;
    await expect.poll(async () => (await corrections()).map((c) => [c.url, c.changed]), { timeout: 10_000 }).toEqual([[`${pages.url}${NAKOPA}`, [{ from: 0, fields: ['title', 'deadlines'] }]]]);
    const [{ id }] = await corrections();
    const kept = await apiGet<{ html: string; saved: Array<{ fields: { title: string } }> }>(service, `/api/v1/corrections/${id}`, anna.token);
    expect(kept.html).toMatch(/^<!DOCTYPE html>\n<html/);
    expect(kept.html).toContain('Nakopa');
    expect(kept.saved.map((s) => s.fields.title)).toEqual(['Nakopa 2024 – Projektskizze einreichen']);

    // the popup lists it with its countdown, and the badge counts the deadline
    await popup.setViewportSize({ width: 460, height: 640 });
    await popup.goto(browserA.url(`popup.html?tabId=${tabId}`));
    const row = popup.locator('.deadline-row', { hasText: 'Nakopa 2024' });
    await expect.poll(() => row.locator('.countdown').textContent()).toBe('in 3 Tagen');
    expect(await popup.locator('.on-list').textContent()).toContain('bereits auf der Liste');
    expect(await popup.getByRole('button', { name: 'Erneut erfassen und Eintrag aktualisieren' }).count()).toBe(1);
    await screenshot(popup, 'popup', { docs: true });
    expect(await seriousViolations(popup)).toEqual([]);
    const badges = await browserA.worker.evaluate(async (id) => {
      const action = (globalThis as any).chrome.action;
      return { global: await action.getBadgeText({}), tab: await action.getBadgeText({ tabId: id }) };
    }, tabId);
    expect(badges.tab).toBe('✓');
    await expect.poll(() => browserA.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}))).not.toBe('');
    expect(badges.global === '' || Number(badges.global) >= 1).toBe(true);
  });

  it("changes the status in one step from the popup, and a colleague's browser sees the item after sync", async () => {
    const { popup } = await popupFor(browserA, NAKOPA);
    const select = popup.getByLabel('Status von „Nakopa 2024 – Projektskizze einreichen“');
    await select.selectOption('watching');
    await waitForServerItem(anna.token, (i) => i.title.startsWith('Nakopa 2024') && i.status === 'watching');

    browserB = await launchWithExtension(inject('extensionDir'));
    await (await configure(browserB, ben)).close();
    const dashboard = await browserB.open('dashboard.html');
    await expect.poll(() => dashboard.locator('.item-title', { hasText: 'Nakopa 2024 – Projektskizze einreichen' }).count(), { timeout: 30_000 }).toBe(1);
    const colleagueStatus = dashboard.getByLabel('Status von „Nakopa 2024 – Projektskizze einreichen“');
    expect(await colleagueStatus.inputValue()).toBe('watching');

    // while the colleague's dashboard is open, a change made in the first browser shows up without reloading
    await popup.reload();
    await popup.getByLabel('Status von „Nakopa 2024 – Projektskizze einreichen“').selectOption('applying');
    await expect.poll(() => colleagueStatus.inputValue(), { timeout: 20_000 }).toBe('applying');
  });

  it('is keyboard-usable in the popup: a sensible tab order, a visible focus ring, the clip started by Enter', async () => {
    const { popup } = await popupFor(browserA, NAKOPA);
    await popup.locator('.deadline-row').first().waitFor();
    const stops: { what: string; ring: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el.matches('input[type="radio"]') ? el.closest('.chip')! : el);
        const what = el.matches('.deadline-row *') ? `row ${el.tagName.toLowerCase()}` : el.closest('.clip-panel') ? `clip ${el.tagName.toLowerCase()}` : el.matches('input[type="radio"]') ? `filter ${(el as HTMLInputElement).name}` : `${el.tagName.toLowerCase()} ${el.textContent?.trim()}`;
        return { what, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!stop || stops.some((s, j) => j === 0 && s.what === stop.what && i > 1)) break;
      stops.push(stop);
    }
    const order = stops.map((s) => s.what);
    const first = (prefix: string) => {
      const at = order.findIndex((w) => w.startsWith(prefix));
      if (at < 0) throw new Error(`no tab stop "${prefix}" in ${order.join(' · ')}`);
      return at;
    };
    // header links, then the page's own business (already on the list, clip), then the filters, then the list
    expect(order.slice(0, 2)).toEqual(['a Merkliste', 'a Einstellungen']);
    expect(first('clip a')).toBeLessThan(first('clip button'));
    expect(first('clip button')).toBeLessThan(first('filter who'));
    expect(first('filter who')).toBeLessThan(first('filter kind'));
    expect(first('filter kind')).toBeLessThan(first('row a'));
    expect(order.filter((w) => w === 'row select').length).toBe(await popup.locator('.deadline-row select').count());
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    // Enter on the focused clip button opens the preview, as a click does
    await popup.locator('.clip-panel button').focus();
    await popup.keyboard.press('Enter');
    await popup.waitForURL(/preview\.html\?(tab|draft)=/);
    await popup.locator('#item-0-title').waitFor();
    expect(await popup.getByRole('radio', { name: 'Bestehenden Eintrag aktualisieren' }).isChecked()).toBe(true);
  });

  it("shows a due alert of the team's list as one browser notification, and only once", async () => {
    const item = await waitForServerItem(anna.token, (i) => i.title.startsWith('Nakopa 2024'));
    // deliver what is due now (the service's own scheduler may have done it already: delivery is exactly-once)
    cli(['alerts', 'run'], db);
    const inbox = await apiGet<{ alerts: { id: string; alert: { itemId?: string } }[] }>(service, '/api/v1/alerts?since=0', anna.token);
    const due = inbox.alerts.filter((a) => a.alert.itemId === item.id);
    expect(due.length).toBeGreaterThanOrEqual(1);
    const page = await browserA.open('options.html');
    const notificationsFor = () =>
      browserA.worker.evaluate(async (id) => Object.keys(await (globalThis as any).chrome.notifications.getAll()).filter((n) => n.startsWith(`alert:${id}:`)), item.id);
    await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-now' }));
    await expect.poll(notificationsFor, { timeout: 20_000 }).toEqual(due.map((a) => `alert:${item.id}:${a.id}`));
    // another sync polls again: nothing new, nothing twice
    await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-now' }));
    expect(await notificationsFor()).toHaveLength(due.length);
    const seen = await browserA.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('alertsSeen')).alertsSeen);
    expect(seen.keys.filter((k: string) => due.some((a) => a.id === k))).toHaveLength(due.length);
    await page.close();
  });

  it("shows a Web Push message in the extension's service worker as one notification tagged by its item", async () => {
    // Chromium's DevTools protocol hands a push to the worker as the push service would (no internet needed)
    const page = await browserA.open('options.html');
    const cdp = await browserA.context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.some((r) => r.scopeURL === browserA.url('/')), { timeout: 10_000 }).toBe(true);
    const { registrationId } = registrations.find((r) => r.scopeURL === browserA.url('/'))!;
    // what the worker asks the browser to show (headless Chromium closes shown notifications at its own pace)
    await browserA.worker.evaluate(() => {
      const registration = (globalThis as any).registration;
      const show = registration.showNotification.bind(registration);
      (globalThis as any).shownForTest = [];
      registration.showNotification = (title: string, options: NotificationOptions) => {
        (globalThis as any).shownForTest.push([title, options.body, options.tag]);
        return show(title, options);
      };
    });
    const push = (title: string, id: string) =>
      cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(browserA.url('/')).origin, registrationId, data: JSON.stringify({ title, body: 'Antragsfrist am 13.03.2027', url: null, tag: 'item-e2e', id }) });
    const shown = () => browserA.worker.evaluate(() => (globalThis as any).shownForTest as string[][]);
    await push('Frist in 7 Tagen: Nakopa', 'd1');
    // a push that is no alert (a push service's test message) shows nothing of ours
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(browserA.url('/')).origin, registrationId, data: 'ping' });
    await push('Frist in 2 Tagen: Nakopa', 'd2');
    await expect.poll(shown, { timeout: 10_000 }).toHaveLength(2);
    expect(await shown()).toEqual([
      ['Frist in 7 Tagen: Nakopa', 'Antragsfrist am 13.03.2027', 'item-e2e'],
      ['Frist in 2 Tagen: Nakopa', 'Antragsfrist am 13.03.2027', 'item-e2e'],
    ]);
    await cdp.detach();
    await page.close();
  });

  it('keeps a clip made while the service is down and delivers it once the service runs again; a past event is clipped with its dates and place, marked as over', async () => {
    const port = service.port;
    await service.stop();
    const { popup } = await popupFor(browserA, KONFERENZ);
    await clipToPreview(popup);
    // the 2023 conference is over: the clip still shows what the page announces, and says so
    await expect.poll(() => popup.locator('#item-0-title').inputValue()).toBe('Kommunale Klimakonferenz 2023');
    expect(await popup.locator('.over-marker').textContent()).toContain('Veranstaltung vorbei.');
    expect([await popup.locator('#item-0-start').inputValue(), await popup.locator('#item-0-end').inputValue(), await popup.locator('#item-0-location').inputValue()]).toEqual(['2023-11-16', '2023-11-17', 'Berlin']);
    await screenshot(popup, 'preview-past-event');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.locator('#item-0-title').fill('Kommunale Klimakonferenz (offline erfasst)');
    await popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('gespeichert');
    const pending = await browserA.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('pendingOps')).pendingOps ?? []).length);
    expect(pending).toBeGreaterThanOrEqual(1);

    service = await startService(db, port);
    // opening the popup asks for a sync; the backoff retry would get there too
    await popup.goto(browserA.url('popup.html'));
    const item = await waitForServerItem(anna.token, (i) => i.title === 'Kommunale Klimakonferenz (offline erfasst)');
    expect(item.url).toBe(`${pages.url}${KONFERENZ}`);
    expect([item.kind, item.start, item.end, item.location]).toEqual(['event', '2023-11-16', '2023-11-17', 'Berlin']);
  });

  it('shows a page title made of markup as text and runs nothing from it', async () => {
    const dialogs: string[] = [];
    browserA.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const { popup } = await popupFor(browserA, '/hostile.html');
    await clipToPreview(popup);
    expect(await popup.locator('#item-0-title').inputValue()).toBe(HOSTILE_TITLE);
    expect(await popup.locator('main img').count()).toBe(0);
    await popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('gespeichert');
    await waitForServerItem(anna.token, (i) => i.title === HOSTILE_TITLE);

    const dashboard = await browserA.open('dashboard.html');
    const title = dashboard.locator('.item-title', { hasText: '<img src=x' });
    await expect.poll(() => title.count()).toBe(1);
    expect(await title.textContent()).toBe(HOSTILE_TITLE);
    expect(await dashboard.locator('img').count()).toBe(0);
    expect(await dashboard.title()).not.toBe('PWNED');
    expect(pages.requests.filter((p) => p === '/pwned' || p === '/x')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('renders the dashboard accessibly and keyboard-usable', async () => {
    const dashboard = await browserA.open('dashboard.html');
    await dashboard.locator('.item-title').first().waitFor();
    // keyboard from the top: header actions (CSV, JSON), the PDF file chooser, the selected view tab, "Neuer Eintrag",
    // search and filters, then row by row; every stop shows a focus ring
    const stops: { role: string; ring: boolean }[] = [];
    for (let i = 0; i < 80; i++) {
      await dashboard.keyboard.press('Tab');
      const stop = await dashboard.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const role = el.getAttribute('role') ?? (el.closest('tbody') ? `row ${el.tagName.toLowerCase()}` : el.closest('.toolbar') ? `filter ${el.tagName.toLowerCase()}` : el.tagName.toLowerCase());
        return { role, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!stop) break;
      stops.push(stop);
    }
    const roles = stops.map((s) => s.role);
    const head = ['button', 'button', 'input', 'tab', 'button', 'filter input', ...Array(6).fill('filter select')];
    expect(roles.slice(0, head.length)).toEqual(head);
    expect(roles.slice(head.length).every((r) => r.startsWith('row '))).toBe(true);
    expect(roles.filter((r) => r === 'row select')).toHaveLength(2 * (await dashboard.locator('tbody .item-title').count()));
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await dashboard.getByLabel('Suche').fill('Nakopa');
    await expect.poll(() => dashboard.locator('tbody .item-title').count()).toBe(1);
    await dashboard.getByLabel('Suche').fill('');
    // inline editing: the assignee comes from the team's members
    const assignee = dashboard.getByLabel('Zuständig für „Nakopa 2024 – Projektskizze einreichen“');
    await expect.poll(() => assignee.locator('option', { hasText: 'Ben' }).count()).toBe(1);
    await assignee.selectOption({ label: 'Ben' });
    await waitForServerItem(anna.token, (i) => i.title.startsWith('Nakopa 2024') && i.assignee === ben.member.id);
    await screenshot(dashboard, 'dashboard', { docs: true });
    expect(await seriousViolations(dashboard)).toEqual([]);
    // the views are tabs: arrow keys move between them
    await dashboard.getByRole('tab', { name: 'Liste' }).focus();
    await dashboard.keyboard.press('ArrowRight');
    await dashboard.keyboard.press('ArrowRight');
    await expect.poll(() => dashboard.getByRole('tab', { name: 'Kalender' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(dashboard, 'dashboard-calendar');
    expect(await seriousViolations(dashboard)).toEqual([]);
    // the fourth tab: the team's watched sources; Anna is admin, so the add form is offered and checked before sending
    await dashboard.getByRole('tab', { name: 'Kalender' }).focus();
    await dashboard.keyboard.press('ArrowRight');
    await expect.poll(() => dashboard.getByRole('tab', { name: 'Quellen' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => dashboard.locator('.sources-view .empty').textContent()).toBe('Noch keine Quellen');
    await dashboard.getByRole('heading', { name: 'Quelle hinzufügen' }).waitFor();
    await dashboard.getByLabel('Adresse (URL)').fill('javascript:alert(1)');
    await dashboard.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    await expect.poll(() => dashboard.locator('#source-url-problem').textContent()).toContain('https://');
    // a real source at the local agency site, run from the dashboard: its last run shows status and counts
    await dashboard.locator('#source-name').fill('Nakopa-Seite');
    await dashboard.locator('#source-url').fill(`${pages.url}${NAKOPA}`);
    await dashboard.locator('#source-kind').selectOption('page');
    await dashboard.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    const row = dashboard.locator('tbody tr[data-source]', { hasText: 'Nakopa-Seite' });
    await row.waitFor();
    await row.getByRole('button', { name: /Jetzt abrufen/ }).click();
    await expect.poll(() => row.locator('.source-status').textContent(), { timeout: 60_000 }).toMatch(/^ok/);
    expect(await row.locator('.source-error').textContent()).toBe('–');
    // its history, opened below the row, shows that run (newest first) with status ok
    await row.getByRole('button', { name: /^Verlauf/ }).click();
    const history = dashboard.getByRole('region', { name: 'Abrufe von „Nakopa-Seite“' });
    await expect.poll(() => history.locator('.source-runs tbody tr').first().locator('.run-status').textContent()).toBe('ok');
    expect(await history.locator('.source-runs tbody tr').first().locator('.run-http').textContent()).toBe('200');
    await screenshot(dashboard, 'dashboard-sources');
    expect(await seriousViolations(dashboard)).toEqual([]);
  });
});
