/** E-mail channel against a real SMTP server process on 127.0.0.1 (smtp-server), each mail parsed with mailparser. */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../../service/alerts/channels-repository.ts';
import { runAlerts } from '../../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../../service/alerts/runtime.ts';
import { openTestStore, type TestStore } from '../../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam } from '../helpers.ts';

describe('e-mail channel', () => {
  let store: TestStore;
  let server: SMTPServer;
  let port: number;
  const mails: { mail: ParsedMail; rcpt: string[] }[] = [];
  beforeEach(async () => {
    store = await openTestStore('sqlite');
    mails.length = 0;
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            mails.push({ mail, rcpt: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.dispose();
  });

  it('sends a German mail with text and HTML parts, the deadline, countdown and link', async () => {
    const team = await oneAlertTeam(store.db);
    await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, type: 'email', config: { to: 'kaemmerei@kreis-lippe.example' }, at: '2027-03-01T09:00:00Z' });
    const runtime = createAlertRuntime(store.db, { smtpUrl: `smtp://127.0.0.1:${port}`, smtpFrom: 'callwatch <alerts@kreis-lippe.example>' });
    const report = await runAlerts({ db: store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    expect(report.failed).toBe(0);
    expect(mails).toHaveLength(1);
    const { mail, rcpt } = mails[0];
    expect(rcpt).toEqual(['kaemmerei@kreis-lippe.example']);
    expect(mail.from?.text).toContain('alerts@kreis-lippe.example');
    expect(mail.subject).toBe('Frist heute: Nakopa – Förderaufruf <b>2027</b>');
    expect(mail.text).toContain('Antragsfrist: Freitag, 5. März 2027 (heute)');
    expect(mail.text).toContain('Zur Ausschreibung: https://example.org/call');
    expect(mail.html).toContain('&lt;b&gt;2027&lt;/b&gt;'); // page text is escaped, never markup
    expect(mail.html).not.toContain('<b>2027</b>');
    expect(mail.html).toContain('href="https://example.org/call"');
    expect(String(mail.headers.get('x-callwatch-delivery'))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a muted item sends the member no mail; no SMTP server configured fails the row for good', async () => {
    const team = await oneAlertTeam(store.db);
    await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, type: 'email', config: { to: 'a@kreis-lippe.example' }, at: '2027-03-01T09:00:00Z' });
    await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'email', config: { to: 'b@kreis-lippe.example' }, at: '2027-03-01T09:00:00Z' });
    const { muteItem } = await import('../../../../service/alerts/mutes-repository.ts');
    await muteItem(store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, itemId: team.item.id, at: '2027-03-02T00:00:00Z' });
    const runtime = createAlertRuntime(store.db, {});
    const report = await runAlerts({ db: store.db, context: runtime.context }, ONE_ALERT_AT);
    await runtime.close();
    // the admin's mail only (member muted), and it fails: no SMTP configured
    expect(report.failed).toBe(1);
    expect(mails).toHaveLength(0);
  });
});
