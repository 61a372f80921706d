/**
 * Re-clipping a page that is already on the list, in Debian's Chromium with the real service: the update starts from the
 * saved item, the team's corrections survive unless the user accepts the page's value, only accepted changes are sent,
 * and "Rückgängig" restores. Also: a page with no call or event says so, and the preview fits the popup.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './harness/a11y.ts';
import { screenshot } from './harness/artifacts.ts';
import type { ExtensionBrowser } from './harness/browser.ts';
import { clipToPreview, popupFor, waitForServerItem, type Credentials } from './harness/flows.ts';
import type { RunningService } from './harness/service.ts';
import { serveSite, tearDown, teamInBrowser, type Site } from './harness/setup.ts';

/** An agency's call whose application deadline the agency moves between the two clips. */
const call = (deadline: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Förderaufruf Klimaschutz im Quartier 2027 – Landesagentur für Energie</title></head>
<body><header><nav><a href="/">Start</a> <a href="/foerderung">Förderung</a></nav></header>
<main><h1>Förderaufruf „Klimaschutz im Quartier“ 2027</h1>
<p>Die Landesagentur für Energie fördert kommunale Projekte zum Klimaschutz in Stadtquartieren. Gefördert werden bis zu 80 % der zuwendungsfähigen Ausgaben.</p>
<h2>Fristen</h2><p>Anträge können bis zum ${deadline} über das Förderportal eingereicht werden.</p>
</main><footer>© 2026 Landesagentur für Energie</footer></body></html>`;

const NEWS = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat beschließt Haushalt 2027 – Stadt Musterhausen</title></head>
<body><main><article><h1>Stadtrat beschließt Haushalt 2027</h1><p>Veröffentlicht am 12.11.2026</p>
<p>Der Stadtrat hat in seiner Sitzung am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Bürgermeisterin dankte allen Beteiligten für die konstruktiven Beratungen.</p>
<p>Schwerpunkte sind die Sanierung der Grundschulen und der Ausbau der Radwege.</p></article></main></body></html>`;

const CORRECTED = 'Klimaschutz im Quartier 2027 (Titel korrigiert)';

let site: Site & { deadline: string };
let db: string;
let service: RunningService;
let anna: Credentials;
let browser: ExtensionBrowser;

/** The agency's site on 127.0.0.1: the call (its deadline as the test sets it) and a news article. */
async function startSite(): Promise<typeof site> {
  const state = { deadline: '31. Mai 2027' };
  const served = await serveSite((req, res) => {
    const body = req.url === '/aufruf.html' ? call(state.deadline) : req.url === '/nachricht.html' ? NEWS : null;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  return Object.assign(state, served);
}

/** The preview inside the popup: nothing wider than the popup, the page itself the only thing that scrolls. */
async function expectFitsPopup(popup: Page): Promise<void> {
  const layout = await popup.evaluate(() => {
    const root = document.documentElement;
    const scrollers = [...document.querySelectorAll('body *')].filter((el) => {
      const style = getComputedStyle(el);
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      return (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth) || (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight);
    });
    const title = document.querySelector('#item-0-title')!.getBoundingClientRect();
    const label = document.querySelector('label[for="item-0-title"]')!.getBoundingClientRect();
    return { inPopup: root.classList.contains('in-popup'), scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, bodyWidth: document.body.getBoundingClientRect().width, scrollers: scrollers.map((el) => el.tagName), labelAbove: label.bottom <= title.top };
  });
  expect(layout).toMatchObject({ inPopup: true, scrollers: [], labelAbove: true });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
  expect(layout.bodyWidth).toBeLessThanOrEqual(420);
}

beforeAll(async () => {
  site = await startSite();
  ({ db, anna, service, browser } = await teamInBrowser(inject('extensionDir')));
});

afterAll(() => tearDown({ browser, service, db, site }));

describe('re-clip of a page already on the list', () => {
  it('starts from the saved item, keeps the corrected title and the hand-added deadline, applies only the accepted change, and undoes it', async () => {
    const first = await popupFor(browser, `${site.url}/aufruf.html`);
    await clipToPreview(first.popup);
    await expectFitsPopup(first.popup);
    await first.popup.locator('#item-0-title').fill(CORRECTED);
    await first.popup.getByRole('button', { name: 'Frist hinzufügen' }).click();
    const last = (await first.popup.locator('input[type="date"][id^="item-0-deadline-"]').count()) - 1;
    await first.popup.locator(`#item-0-deadline-${last}-date`).fill('2027-05-20');
    await first.popup.getByLabel('Bezeichnung').nth(last).fill('Interne Frist');
    await first.popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
    await expect.poll(() => first.popup.getByRole('status').first().textContent()).toContain('gespeichert');
    // the confirmation keeps the popup's width (it once collapsed into a column of one word per line)
    const notice = await first.popup.locator('.notice').boundingBox();
    expect(notice?.width).toBeGreaterThan(300);
    expect(notice?.height).toBeLessThan(80);
    const saved = await waitForServerItem(() => service, anna.token, (i) => i.title === CORRECTED);
    expect(saved.deadlines.map((d) => [d.date, d.label])).toEqual([['2027-05-31', 'Antragsfrist'], ['2027-05-20', 'Interne Frist']]);
    await first.agency.close();
    await first.popup.close();

    // the agency moves its deadline; the team clips the page again
    site.deadline = '15. Juni 2027';
    const { popup } = await popupFor(browser, `${site.url}/aufruf.html`);
    await clipToPreview(popup, '.page-changes');
    expect(await popup.getByRole('radio', { name: 'Bestehenden Eintrag aktualisieren' }).isChecked()).toBe(true);
    expect(await popup.locator('#item-0-title').inputValue()).toBe(CORRECTED);
    const dates = () => popup.locator('input[type="date"][id^="item-0-deadline-"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await dates()).toEqual(['2027-05-31', '2027-05-20']);
    const titleOffer = popup.getByRole('checkbox', { name: /^Titel:/ });
    expect(await popup.locator('.change-list li', { hasText: 'Titel:' }).textContent()).toContain(CORRECTED);
    expect(await titleOffer.isChecked()).toBe(false);
    const move = popup.getByRole('checkbox', { name: /Frist „Antragsfrist“ verschoben/ });
    expect(await move.isChecked()).toBe(false);
    await expectFitsPopup(popup);
    await screenshot(popup, 'preview-update', { docs: true });
    expect(await seriousViolations(popup)).toEqual([]);

    await move.check();
    expect(await dates()).toEqual(['2027-06-15', '2027-05-20']);
    expect(await popup.locator('#item-0-title').inputValue()).toBe(CORRECTED);
    await popup.getByRole('button', { name: 'Eintrag aktualisieren' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe(`„${CORRECTED}“ wurde aktualisiert.`);
    const updated = await waitForServerItem(() => service, anna.token, (i) => i.id === saved.id && i.deadlines.some((d) => d.date === '2027-06-15'));
    expect(updated.title).toBe(CORRECTED);
    expect(updated.deadlines.map((d) => [d.date, d.label])).toEqual([['2027-06-15', 'Antragsfrist'], ['2027-05-20', 'Interne Frist']]);
    // the page's summary changed too (it names the new date), but it was not accepted
    expect(updated.summary).toBe(saved.summary);

    await popup.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe(`Die Aktualisierung von „${CORRECTED}“ wurde rückgängig gemacht.`);
    const restored = await waitForServerItem(() => service, anna.token, (i) => i.id === saved.id && i.deadlines.some((d) => d.date === '2027-05-31'));
    expect(restored.deadlines.map((d) => [d.date, d.label])).toEqual([['2027-05-31', 'Antragsfrist'], ['2027-05-20', 'Interne Frist']]);
    expect(restored.title).toBe(CORRECTED);
  });

  it('says plainly that a news article holds no call or event, and offers an empty entry instead of one titled after the page', async () => {
    const { popup } = await popupFor(browser, `${site.url}/nachricht.html`);
    await clipToPreview(popup, '#nothing-heading');
    expect(await popup.locator('#nothing-heading').textContent()).toBe('Kein Förderaufruf und keine Veranstaltung erkannt');
    expect(await popup.locator('main').textContent()).not.toContain('Gefunden auf');
    expect(await popup.locator('#item-0-title').count()).toBe(0);
    await popup.getByRole('button', { name: 'Leeren Eintrag anlegen' }).click();
    expect(await popup.locator('#item-0-title').inputValue()).toBe('');
    await expectFitsPopup(popup);
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
