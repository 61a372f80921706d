/**
 * The team's mailboxes in the dashboard in Debian's Chromium (issue 11, item 4), against the real service (`callwatch
 * serve`) and a real IMAP server (Dovecot over TLS, test/service/mail/dovecot.ts; the service trusts its certificate
 * through NODE_EXTRA_CA_CERTS, as README "Newsletters" tells an operator with an in-house CA): an admin connects the
 * mailbox with the form in the Team tab, "Jetzt abrufen" says how many items the newsletter held, and the inbox shows
 * them; axe stays clean on the section.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './harness/a11y.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser.ts';
import { configure, type Credentials } from './harness/flows.ts';
import { cliJson, freshDatabase, startService, type RunningService } from './harness/service.ts';
import { startDovecot, type Dovecot } from '../service/mail/dovecot.ts';
import { append, composeMessage, fixture } from '../service/mail/imap-client.ts';

const PASSWORD = 'Rundbrief-2027!';
const tmp = mkdtempSync(join(tmpdir(), 'callwatch-e2e-mail-'));
let db: string;
let dovecot: Dovecot;
let service: RunningService;
let anna: Credentials;
let browser: ExtensionBrowser;

beforeAll(async () => {
  dovecot = await startDovecot({ rundbrief: PASSWORD });
  const ca = join(tmp, 'ca.pem');
  writeFileSync(ca, dovecot.ca);
  db = freshDatabase();
  anna = cliJson<Credentials>(['team', 'create', 'Stadt Musterhausen', '--admin', 'Anna'], db);
  service = await startService(db, 0, { NODE_EXTRA_CA_CERTS: ca });
  browser = await launchWithExtension(inject('extensionDir'));
  await (await configure(browser, service, anna)).close();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  dovecot?.stop();
  if (db) rmSync(dirname(db), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * The service's own poller reads every due mailbox at second 0 of each minute, and a new mailbox is due at once: the
 * test connects and reads it well inside one minute so that "Jetzt abrufen" is the poll that finds the newsletter.
 */
async function clearOfTheMinuteTick(): Promise<void> {
  while (new Date().getSeconds() < 3 || new Date().getSeconds() > 30) await new Promise((r) => setTimeout(r, 250));
}

describe('dashboard: the team mailboxes', () => {
  it('an admin connects a mailbox, "Jetzt abrufen" says what the newsletter held, and the inbox shows its items', async () => {
    await append(dovecot, 'rundbrief', PASSWORD, await composeMessage({ from: 'Netzwerk Eine Welt <rundbrief@netzwerk.example.org>', subject: 'Rundbrief Februar 2027', messageId: '<rundbrief-2027-02@netzwerk.example.org>', html: fixture('newsletter.html') }));
    const dash = await browser.open('dashboard.html');
    await dash.getByRole('tab', { name: 'Team' }).click();
    const section = dash.locator('section.mailboxes');
    await expect.poll(() => section.locator('.empty').textContent()).toBe('Noch kein Postfach verbunden.');
    expect(await seriousViolations(dash)).toEqual([]);

    await clearOfTheMinuteTick();
    await section.getByLabel('Bezeichnung', { exact: true }).fill('Newsletter-Postfach');
    await section.getByLabel('Server', { exact: true }).fill('127.0.0.1');
    await section.getByLabel('Port', { exact: true }).fill(String(dovecot.port));
    await section.getByLabel('Benutzer', { exact: true }).fill('rundbrief');
    await section.getByLabel('Passwort oder App-Passwort').fill(PASSWORD);
    await section.getByRole('button', { name: 'Postfach verbinden' }).click();
    await expect.poll(() => section.locator('tbody tr').count()).toBe(1);
    await section.getByRole('button', { name: /^Jetzt abrufen.*Newsletter-Postfach$/ }).click();
    await expect
      .poll(() => section.locator('.mailbox-note').textContent(), { timeout: 20_000 })
      .toMatch(/^„Newsletter-Postfach“: Zuletzt gelesen am .+: 1 Nachricht gelesen, 3 Einträge gefunden, 3 neu\.$/);
    // the table row follows when the dashboard has read the mailboxes again
    await expect.poll(() => section.locator('td.mailbox-poll').textContent()).toMatch(/3 Einträge gefunden, 3 neu\.$/);
    expect(await seriousViolations(dash)).toEqual([]);

    // the items come to the browser with the next sync (the dashboard follows the service's change events)
    await dash.getByRole('tab', { name: /^Eingang/ }).click();
    const inbox = dash.locator('#panel-inbox');
    await expect.poll(() => inbox.textContent(), { timeout: 45_000 }).toContain('Kleinprojektefonds Kommunale Entwicklungspolitik 2027');
    expect(await inbox.textContent()).toContain('Wettbewerb „Kommune bewegt Welt“ 2027');
    await dash.close();
  }, 120_000);
});
