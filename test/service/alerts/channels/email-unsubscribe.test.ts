/**
 * E-mail alerts are a machine's mail with a one-click unsubscribe (RFC 3834, RFC 8058): a real SMTP server on 127.0.0.1
 * receives them, mailparser reads the headers, and the unsubscribe address is then used on the app, as a mail program does.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel, teamChannels } from '../../../../service/alerts/channels-repository.ts';
import { runAlerts } from '../../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../../service/alerts/runtime.ts';
import { unsubscribeKey, unsubscribeToken } from '../../../../service/alerts/unsubscribe.ts';
import { createApp } from '../../../../service/app.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam } from '../helpers.ts';

/** A header as it came over the wire (mailparser turns List-* headers into structures). */
const raw = (mail: ParsedMail, key: string) => mail.headerLines.find((l) => l.key === key)?.line.replace(/\r?\n\s+/g, ' ');

describe.each(DIALECTS)('e-mail alerts: automatic mail with one-click unsubscribe (%s)', (dialect) => {
  let store: TestStore;
  let server: SMTPServer;
  let port: number;
  const mails: ParsedMail[] = [];
  beforeEach(async () => {
    store = await openTestStore(dialect);
    mails.length = 0;
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => (mails.push(mail), callback()), (error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.dispose();
  });

  async function send(publicUrl: string | undefined) {
    const team = await oneAlertTeam(store.db);
    await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, type: 'email', config: { to: 'kaemmerei@kreis-lippe.example' }, at: '2027-03-01T09:00:00Z' });
    const runtime = createAlertRuntime(store.db, { smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl });
    const report = await runAlerts({ db: store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    expect(report.failed).toBe(0);
    expect(mails).toHaveLength(1);
    return { team, mail: mails[0] };
  }

  it('marks the mail as automatic and names an unsubscribe address that one POST turns the channel off with', async () => {
    const { team, mail } = await send('https://callwatch.kreis-lippe.example/');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(raw(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const header = raw(mail, 'list-unsubscribe') ?? '';
    const address = /<(https:\/\/callwatch\.kreis-lippe\.example\/unsubscribe\/[^>]+)>/.exec(header)?.[1];
    expect(address).toBeDefined();
    const app = createApp({ db: store.db, notifier: createMemoryNotifier() });
    const path = new URL(address!).pathname;
    // a link scanner's GET changes nothing; the page offers the button
    const page = await app.request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await teamChannels(store.db, team.admin.team.id)).toHaveLength(1);
    // the mail program's one click (RFC 8058)
    const done = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('keine Fristen-Erinnerungen');
    expect(await teamChannels(store.db, team.admin.team.id)).toHaveLength(0);
    // again: still "done", nothing else happens
    expect((await app.request(path, { method: 'POST' })).status).toBe(200);
  });

  it('refuses an altered address, and a signed address of a channel that is not e-mail', async () => {
    const { team } = await send(undefined);
    const [channel] = await teamChannels(store.db, team.admin.team.id);
    const app = createApp({ db: store.db, notifier: createMemoryNotifier() });
    const token = unsubscribeToken(await unsubscribeKey(store.db, '2027-03-01T09:00:00Z'), channel.id);
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await app.request(`/unsubscribe/${altered}`, { method: 'POST' })).status).toBe(404);
    expect((await app.request(`/unsubscribe/${channel.id}`, { method: 'POST' })).status).toBe(404);
    expect(await teamChannels(store.db, team.admin.team.id)).toHaveLength(1);
    const webhook = await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: 'https://hooks.example/x', format: 'json' }, at: '2027-03-01T09:00:00Z' });
    const signed = unsubscribeToken(await unsubscribeKey(store.db, '2027-03-01T09:00:00Z'), webhook.id);
    expect((await app.request(`/unsubscribe/${signed}`, { method: 'POST' })).status).toBe(404);
    expect(await teamChannels(store.db, team.admin.team.id)).toHaveLength(2);
  });

  it('names no unsubscribe address when the service has no public address', async () => {
    const { mail } = await send(undefined);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(raw(mail, 'list-unsubscribe')).toBeUndefined();
    expect(raw(mail, 'list-unsubscribe-post')).toBeUndefined();
  });
});
