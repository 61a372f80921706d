/**
 * Catch-up after an outage, in Debian's Chromium with the real service stopped and started again: a clip saved while the
 * service is down reaches it within 30 s of its restart without anyone touching the extension, and meanwhile the popup
 * says that changes are waiting, with "Jetzt abgleichen".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from './harness/browser.ts';
import { clipToPreview, popupFor, waitForServerItem, type Credentials } from './harness/flows.ts';
import { startService, type RunningService } from './harness/service.ts';
import { serveSite, tearDown, teamInBrowser, type Site } from './harness/setup.ts';

const page = (title: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title} – Landesagentur</title></head>
<body><main><h1>${title}</h1><p>Die Landesagentur fördert kommunale Projekte. Anträge können bis zum 30. September 2027 eingereicht werden.</p></main></body></html>`;

let site: Site;
let db: string;
let service: RunningService;
let anna: Credentials;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await serveSite((req, res) => {
    const title = decodeURIComponent((req.url ?? '/').slice(1)).replace(/\.html$/, '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(title));
  });
  ({ db, anna, service, browser } = await teamInBrowser(inject('extensionDir')));
});

afterAll(() => tearDown({ browser, service, db, site }));

/** Clips the page called `title` while the service is down and saves it; closes popup and tab. */
async function clipOffline(title: string): Promise<void> {
  const { agency, popup } = await popupFor(browser, `${site.url}/${encodeURIComponent(title)}.html`);
  await clipToPreview(popup);
  await popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
  await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('gespeichert');
  await popup.close();
  await agency.close();
}

describe('catch-up after an outage', () => {
  it('sends a clip saved while the service was down within 30 s of its restart, with no one touching the extension', { timeout: 150_000 }, async () => {
    const port = service.port;
    await service.stop();
    await clipOffline('Förderaufruf Quartiersklima 2027');
    // an outage of a minute: long enough for a plain exponential backoff to wait another minute after it (2 s, 4 s, …
    // 32 s, 64 s); with changes pending the retries stay within 25 s
    await new Promise((r) => setTimeout(r, 65_000));
    service = await startService(db, port);
    const back = Date.now();
    await waitForServerItem(() => service, anna.token, (i) => i.title.includes('Quartiersklima'), 40_000);
    expect(Date.now() - back).toBeLessThanOrEqual(30_000);
  });

  it('shows that changes are waiting, and "Jetzt abgleichen" sends them once the service is back', async () => {
    const port = service.port;
    await service.stop();
    await clipOffline('Förderaufruf Radwege 2027');
    const popup = await browser.open('popup.html');
    const banner = popup.locator('.pending-banner');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('1 Änderung wartet darauf, an das Team übertragen zu werden.');
    service = await startService(db, port);
    await popup.getByRole('button', { name: 'Jetzt abgleichen' }).click();
    await waitForServerItem(() => service, anna.token, (i) => i.title.includes('Radwege'), 10_000);
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(0);
  });
});
