/**
 * Site profiles end to end (issue 10, "Done means"), in Debian's Chromium against a real `callwatch serve`: a small
 * agency site of several pages built on one CMS template, served on 127.0.0.1. Anna clips page A, corrects the title and
 * the deadline, saves; her clip of page B has both right without edits, marked as learned; Ben's browser profile gets the
 * same after sync; a source on that host scrapes page C right; the clip's use shows in the admins' list of profiles.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { templatePage, type TemplatePage } from '../shared/extract/profile/template.ts';
import { seriousViolations } from './harness/a11y.ts';
import { screenshot } from './harness/artifacts.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { clipToPreview, configure, popupFor, waitForServerItem, type Credentials } from './harness/flows.ts';
import { apiGet, startService, type RunningService } from './harness/service.ts';
import { serveSite, tearDown, teamOfTwo, type Site } from './harness/setup.ts';

const A: TemplatePage = { title: 'Klimaschutz in Quartieren 2030', deadline: '15.04.2030', other: '02.03.2030, 10:00 Uhr', place: 'Düsseldorf' };
const B: TemplatePage = { title: 'Starke Dorfgemeinschaften – Aufruf 2030', deadline: '30. Juni 2030, 12:00 Uhr', place: 'Münster', notice: true };
const C: TemplatePage = { title: 'Digitale Dörfer 2031', deadline: '31.01.2031', place: 'Bonn' };
const PAGES: Record<string, string> = { '/aufrufe/a.html': templatePage(A), '/aufrufe/b.html': templatePage(B), '/aufrufe/c.html': templatePage(C) };

let site: Site;
let siteUrl: string;
let db: string;
let service: RunningService;
let anna: Credentials;
let ben: Credentials;
let browserA: ExtensionBrowser;
let browserB: ExtensionBrowser | undefined;

interface ProfileEntry { host: string; profile: unknown; fields: string[]; corrections: number; lastUsedAt: string | null }
const profiles = async () => (await apiGet<{ profiles: ProfileEntry[] }>(service, '/api/v1/profiles?since=0', anna.token)).profiles;

/** Waits until the extension's copy of the team's profiles holds the site's host (each sync round fetches them). */
async function profileSynced(browser: ExtensionBrowser): Promise<void> {
  const popup = await browser.open('popup.html');
  await expect
    .poll(
      async () => {
        // opening the popup asks for a sync round
        await popup.reload();
        return browser.worker.evaluate(async () => Object.keys(((await (globalThis as any).chrome.storage.local.get('siteProfiles')).siteProfiles?.byHost ?? {}) as object));
      },
      { timeout: 45_000, interval: 1_000 },
    )
    .toContain('127.0.0.1');
  await popup.close();
}

/** Clips page B and checks that the title and the deadline came from the profile, as Anna corrected them on page A. */
async function expectLearnedClipOfB(browser: ExtensionBrowser): Promise<Page> {
  const { popup } = await popupFor(browser, `${siteUrl}/aufrufe/b.html`);
  await clipToPreview(popup);
  expect(await popup.locator('#item-0-title').inputValue()).toBe(B.title);
  const dates = popup.locator('input[type="date"][id^="item-0-deadline-"]');
  expect(await dates.count()).toBe(1);
  expect(await dates.first().inputValue()).toBe('2030-06-30');
  expect(await popup.getByLabel('Bezeichnung').first().inputValue()).toBe('Projektskizze');
  expect(await popup.getByLabel('Art der Frist').first().inputValue()).toBe('submission');
  const today = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' }).format(new Date());
  expect(await popup.locator('#item-0-title-learned').textContent()).toContain(`aus Ihrer Korrektur vom ${today}`);
  expect(await popup.locator('#item-0-deadlines-learned').textContent()).toContain('aus Ihrer Korrektur vom');
  return popup;
}

beforeAll(async () => {
  site = await serveSite((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    res.writeHead(page ? 200 : 404, { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain' });
    res.end(page ?? (req.url === '/robots.txt' ? 'User-agent: *\n' : 'not found'));
  });
  siteUrl = site.url;
  ({ db, anna, ben } = teamOfTwo('Kreis Lippe'));
  service = await startService(db);
  browserA = await launchWithExtension(inject('extensionDir'));
});

afterAll(() => tearDown({ browsers: [browserB, browserA], service, db, site }));

describe('site profiles learned from a correction, in Chromium', () => {
  it('a correction on page A makes the clip of page B right without edits, for Anna and after sync for Ben; a source scrapes page C right', async () => {
    (await configure(browserA, service, anna)).close();

    // page A: the template's generic heading is taken for the title, and the deadline is not what the user wants
    const { popup } = await popupFor(browserA, `${siteUrl}/aufrufe/a.html`);
    await clipToPreview(popup);
    expect(await popup.locator('#item-0-title').inputValue()).not.toBe(A.title);
    await popup.locator('#item-0-title').fill(A.title);
    const dates = popup.locator('input[type="date"][id^="item-0-deadline-"]');
    while ((await dates.count()) > 0) await popup.getByRole('button', { name: 'Frist 1 entfernen' }).click();
    await popup.getByRole('button', { name: 'Frist hinzufügen' }).click();
    await popup.locator('#item-0-deadline-0-date').fill('2030-04-15');
    await popup.getByLabel('Bezeichnung').first().fill('Projektskizze');
    await popup.getByLabel('Art der Frist').first().selectOption('submission');
    await popup.getByRole('button', { name: 'Auf die Liste setzen' }).click();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('gespeichert');
    await waitForServerItem(() => service, anna.token, (i) => i.title === A.title && i.deadlines.some((d) => d.date === '2030-04-15' && d.kind === 'submission'));

    // the correction taught the host's profile: where the title and the submission deadline sit
    await expect.poll(async () => (await profiles()).map((p) => [p.host, p.fields, p.corrections]), { timeout: 15_000 }).toEqual([['127.0.0.1', ['title', 'deadlines'], 1]]);
    expect((await profiles())[0].lastUsedAt).toBeNull();

    // Anna's next clip on the host: page B's own title and deadline, marked as learned
    await profileSynced(browserA);
    const learned = await expectLearnedClipOfB(browserA);
    await screenshot(learned, 'preview-learned');
    expect(await seriousViolations(learned)).toEqual([]);
    // the clip's use of the profile reaches the service
    await expect.poll(async () => (await profiles())[0].lastUsedAt, { timeout: 10_000 }).not.toBeNull();

    // Ben's browser gets the same after sync
    browserB = await launchWithExtension(inject('extensionDir'));
    (await configure(browserB, service, ben)).close();
    await profileSynced(browserB);
    await expectLearnedClipOfB(browserB);

    // a source on the host scrapes page C with the profile
    const created = await fetch(`${service.url}/api/v1/sources`, { method: 'POST', headers: { Authorization: `Bearer ${anna.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Agentur', url: `${siteUrl}/aufrufe/c.html`, kind: 'page' }) });
    expect(created.status).toBe(201);
    const source = (await created.json()) as { id: string };
    expect((await fetch(`${service.url}/api/v1/sources/${source.id}/run`, { method: 'POST', headers: { Authorization: `Bearer ${anna.token}` } })).status).toBe(202);
    const found = await waitForServerItem(() => service, anna.token, (i) => i.origin === `source:${source.id}`, 60_000);
    expect([found.title, found.deadlines.map((d) => [d.date, d.label, d.kind])]).toEqual([C.title, [['2031-01-31', 'Projektskizze', 'submission']]]);
  });

  it('shows the profile to the admin in the dashboard’s Team tab, accessibly, and deletes it there', async () => {
    const dashboard = await browserA.open('dashboard.html');
    await dashboard.getByRole('tab', { name: 'Team' }).click();
    const row = dashboard.locator('tr[data-profile="127.0.0.1"]');
    await row.waitFor();
    expect(await row.locator('.profile-fields').textContent()).toBe('Titel, Fristen');
    expect(await row.locator('.profile-corrections').textContent()).toBe('1 Korrektur');
    expect(await row.locator('.profile-used').textContent()).not.toBe('noch nie');
    await screenshot(dashboard, 'dashboard-profiles');
    expect(await seriousViolations(dashboard)).toEqual([]);
    await row.getByRole('button', { name: /^Löschen/ }).click();
    await row.getByRole('button', { name: 'Profil von 127.0.0.1 wirklich löschen' }).click();
    await expect.poll(() => dashboard.locator('.site-profiles .empty').textContent()).toContain('Noch keine Profile');
    expect(await profiles()).toEqual([expect.objectContaining({ host: '127.0.0.1', profile: null })]);
  });
});
