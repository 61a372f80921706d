/**
 * Clipping a PDF tab in Debian's Chromium (issue 11, Done means): the PDF, served by a local site, shows in the
 * browser's own viewer at its .pdf address (headless too); the popup's clip hands the address to the real service and
 * the preview shows the PDF's call. With the service down, the clip waits with its address (the preview and the popup
 * say so) and is read once the service is back: the popup then offers the read clip.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './harness/a11y.ts';
import type { ExtensionBrowser } from './harness/browser.ts';
import { clipToPreview, popupFor, type Credentials } from './harness/flows.ts';
import { startService, type RunningService } from './harness/service.ts';
import { serveSite, tearDown, teamInBrowser, type Site } from './harness/setup.ts';
import { callPdf } from '../service/pdf/make-pdf.ts';

const TITLE = 'Förderaufruf „Kommunale Partnerschaften für Klimaschutz 2027“';

let site: Site;
let db: string;
let service: RunningService;
let anna: Credentials;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const pdf = Buffer.from(await callPdf());
  site = await serveSite((req, res) => {
    if (req.url?.endsWith('.pdf')) res.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf);
    else res.writeHead(404).end('not found');
  });
  ({ db, anna, service, browser } = await teamInBrowser(inject('extensionDir')));
});

afterAll(() => tearDown({ browser, service, db, site }));

describe('a PDF tab', () => {
  it('shows in the browser’s viewer at its address, and its clip reaches the preview with the PDF’s call', async () => {
    const { agency, popup } = await popupFor(browser, `${site.url}/foerderaufruf-2027.pdf`);
    // the viewer, not a download: the tab stays at the PDF's address
    expect(agency.url()).toBe(`${site.url}/foerderaufruf-2027.pdf`);
    await clipToPreview(popup);
    expect(await popup.locator('#item-0-title').inputValue()).toBe(TITLE);
    const dates = await popup.locator('input[type="date"][id^="item-0-deadline-"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(dates).toEqual(['2027-03-31', '2027-06-30']);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Verwerfen' }).click();
    await agency.close();
    await popup.close().catch(() => undefined);
  });

  it('clipped while the service is down, it waits with its address and is read once the service is back', async () => {
    const port = service.port;
    await service.stop();
    const url = `${site.url}/bekanntmachung.pdf`;
    const first = await popupFor(browser, url);
    await clipToPreview(first.popup, '#nothing-heading');
    expect(await first.popup.locator('#nothing-heading').textContent()).toBe('Die PDF wird später gelesen');
    await first.popup.close();

    const waiting = await browser.open('popup.html');
    await waiting.locator('.waiting-pdfs').waitFor();
    expect(await waiting.locator('.waiting-pdfs h2').textContent()).toBe('1 PDF wartet auf den Dienst');
    expect(await waiting.locator('.waiting-pdfs li a').getAttribute('href')).toBe(url);
    expect(await seriousViolations(waiting)).toEqual([]);

    service = await startService(db, port);
    // the next sync round (the alarm's, here asked for at once) reads it
    await waiting.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-now' }));
    await waiting.locator('.waiting-pdfs').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => waiting.locator('.unsaved li a').allTextContents(), { timeout: 15_000 }).toContain(TITLE);
    await first.agency.close();
  });
});
