/**
 * `callwatch mail run` end to end: a real SMTP client (nodemailer) delivers forwarded newsletters to a real SMTP
 * server (smtp-server, the test's mail exchanger) that stores each message in the recipient's mailbox of a real IMAP
 * server (Dovecot over TLS, started here) with IMAP APPEND — Dovecot has no SMTP side of its own, and this is how an
 * MTA hands a message to the store. The command then reads the mailboxes as an admin would run it. The items reach the
 * inbox once: on the first run, not again on a second run, and not again after a run that stopped between storing the
 * items and flagging the messages (the messages are left unflagged, as the crash leaves them). Bad input — a PDF of
 * 3,000 pages, a PDF bomb, a 50 MB attachment, malformed MIME, a message forwarded into itself 40 levels deep, a wrong
 * password — is told in plain words on the run, loses nothing else, and the service answers /health within 100 ms meanwhile.
 * SQLite and PostgreSQL.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../service/cli/main.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { createMailRuntime } from '../../../service/mail/runtime.ts';
import { createMailbox } from '../../../service/mail/service.ts';
import { openMigratedStore, type Store } from '../../../service/store/db.ts';
import { liveItemRows, rowToItem } from '../../../service/items/repository.ts';
import { writePdf } from '../../../scripts/corpus/make-pdf.ts';
import { bombPdf } from '../pdf/make-pdf.ts';
import { createTestDatabase, DIALECTS } from '../helpers/store.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { append, composeMessage, fixture, folderContents, mailLoop, MALFORMED_MIME } from './imap-client.ts';
import { startDovecot, type Dovecot } from './dovecot.ts';

const PASSWORD = 'Postfach-2027!';
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus/mail-2026-12');
let dovecot: Dovecot;
let smtp: SMTPServer;
let smtpPort = 0;
let caFile = '';
const tmp = mkdtempSync(join(tmpdir(), 'callwatch-mail-run-'));

beforeAll(async () => {
  const users: Record<string, string> = {};
  for (const d of DIALECTS) users[`run-${d}`] = PASSWORD;
  dovecot = await startDovecot(users);
  caFile = join(tmp, 'ca.pem');
  writeFileSync(caFile, dovecot.ca);
  // the mail exchanger: every accepted message goes into each recipient's INBOX (user@localhost → user)
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: 80 * 1024 * 1024,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        Promise.all(session.envelope.rcptTo.map((r) => append(dovecot, r.address.split('@')[0], PASSWORD, raw))).then(() => done(), done);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  dovecot?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Sends a raw message over SMTP, as a colleague's mail client does. */
async function deliver(to: string, raw: Buffer): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  await transport.sendMail({ envelope: { from: 'kollegin@stadt.example', to: [`${to}@localhost`] }, raw });
  transport.close();
}

/** The flags a crash between storing and flagging leaves: the messages are unread again. */
async function unflagAll(user: string): Promise<void> {
  const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: true, servername: 'localhost', tls: { ca: dovecot.ca }, auth: { user, pass: PASSWORD }, logger: false });
  await client.connect();
  await client.mailboxOpen('INBOX');
  await client.messageFlagsRemove('1:*', ['\\Seen']);
  await client.logout();
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: { CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' }, cwd: tmp });
  return { code, json: out.length ? JSON.parse(out.join('')) : null, err: err.join('\n') };
}

describe.each(DIALECTS)('callwatch mail run (%s)', (dialect) => {
  let location: string;
  let drop: () => Promise<void> = async () => undefined;
  let store: Store;
  let api: TestApi;
  let teamId: string;
  let good: string;
  let wrong: string;
  const user = `run-${dialect}`;
  const itemCount = async () => (await liveItemRows(store.db, teamId)).length;

  beforeAll(async () => {
    if (dialect === 'sqlite') location = join(tmp, `callwatch-${dialect}.db`);
    else ({ url: location, drop } = await createTestDatabase());
    store = await openMigratedStore(location);
    const notifier = createMemoryNotifier();
    const runtime = createMailRuntime({ db: store.db, notifier, now: Date.now }, { policy: { allowPrivate: true } });
    api = await testApi({ ...store, dispose: async () => undefined }, { notifier, mail: runtime });
    const admin = await api.team('Stadt Beispiel');
    teamId = admin.teamId;
    const actor = { team: { id: admin.teamId, name: 'Stadt Beispiel' }, member: { id: admin.memberId, name: 'Admin', role: 'admin' as const } };
    const deps = { db: store.db, notifier, now: Date.now };
    good = (await createMailbox(deps, runtime, actor, { name: 'Newsletter', host: dovecot.host, port: dovecot.port, user, password: PASSWORD })).id;
    wrong = (await createMailbox(deps, runtime, actor, { name: 'Altes Postfach', host: dovecot.host, port: dovecot.port, user, password: 'falsch' })).id;
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await drop();
  });

  it('reads forwarded newsletters delivered over SMTP once; a second run and a run after a crash before flagging add nothing', async () => {
    await deliver(user, readFileSync(join(CORPUS, 'skew-zusammen-staerker-prozessbegleitung-2022-outlook-weiterleitung.eml')));
    const gmail = `<div dir="ltr">Zur Info<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: Netzwerk Eine Welt &lt;rundbrief@netzwerk.example.org&gt;<br>Date: Mon, Feb 1, 2027 at 9:00 AM<br>Subject: Rundbrief Februar 2027<br>To: &lt;kollegin@stadt.example&gt;<br></div><br><br>${fixture('newsletter.html')}</div></div>`;
    await deliver(user, await composeMessage({ from: 'Kollegin <kollegin@stadt.example>', subject: 'Fwd: Rundbrief Februar 2027', messageId: '<fwd-rundbrief@stadt.example>', html: gmail }));

    const first = await cli(['mail', 'run', '--mailbox', good, '--db', location, '--ca', caFile]);
    expect(first.code, first.err).toBe(0);
    expect(first.json.polls).toEqual([expect.objectContaining({ mailboxId: good, name: 'Newsletter', status: 'ok', messages: 2, error: null })]);
    const added = first.json.polls[0].added;
    expect(added).toBeGreaterThanOrEqual(4);
    expect(await itemCount()).toBe(added);
    const rows = await liveItemRows(store.db, teamId);
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set([`mail:${good}`]));
    expect((await folderContents(dovecot, user, PASSWORD)).every((m) => m.seen)).toBe(true);

    const second = await cli(['mail', 'run', '--mailbox', good, '--db', location, '--ca', caFile]);
    expect(second.json.polls[0]).toMatchObject({ status: 'ok', messages: 0, added: 0 });

    // the service stopped after the items and the read record were committed (one transaction), before the flags
    await unflagAll(user);
    const afterCrash = await cli(['mail', 'run', '--mailbox', good, '--db', location, '--ca', caFile]);
    expect(afterCrash.json.polls[0]).toMatchObject({ status: 'ok', messages: 0, added: 0 });
    expect(await itemCount()).toBe(added);
    expect((await folderContents(dovecot, user, PASSWORD)).every((m) => m.seen)).toBe(true);
  }, 120_000);

  it('bad input is told in plain words on the run, the good newsletter beside it is read, /health answers within 100 ms', async () => {
    const before = await itemCount();
    const manyPages = await writePdf((doc) => {
      for (let i = 0; i < 3000; i++) doc.addPage().text(`Seite ${i + 1}`);
    });
    await deliver(user, await composeMessage({ from: 'Viele Seiten <pdf@bomb.example>', subject: 'Anlage', messageId: '<pdf-bomb@bomb.example>', text: 'Siehe Anlage.', attachments: [{ filename: 'dreitausend-seiten.pdf', content: Buffer.from(manyPages), contentType: 'application/pdf' }] }));
    await deliver(user, await composeMessage({ from: 'Groß <big@big.example>', subject: 'Großer Anhang', messageId: '<big@big.example>', text: 'Anbei.', attachments: [{ filename: 'gross.bin', content: Buffer.alloc(50 * 1024 * 1024, 7), contentType: 'application/octet-stream' }] }));
    await deliver(user, await composeMessage({ from: 'Bombe <bomb@bomb.example>', subject: 'Anlage', messageId: '<zip-bomb@bomb.example>', text: 'Siehe Anlage.', attachments: [{ filename: 'bombe.pdf', content: bombPdf(), contentType: 'application/pdf' }] }));
    await deliver(user, MALFORMED_MIME);
    await deliver(user, await mailLoop(40));
    await deliver(user, await composeMessage({ from: 'SKEW <info@skew.example>', subject: 'Aufruf', messageId: '<gut@skew.example>', html: '<h2>Förderaufruf Klimapartnerschaften 2031</h2><p>Kommunen können Projektskizzen bis zum 31. März 2031 einreichen.</p>' }));

    const run = cli(['mail', 'run', '--db', location, '--ca', caFile]);
    // meanwhile the service answers
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const res = await api.call('GET', '/health');
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(100);
      await new Promise((r) => setTimeout(r, 200));
    }
    const { code, json, err } = await run;
    expect(code).toBe(0);
    const byId = Object.fromEntries(json.polls.map((p: { mailboxId: string }) => [p.mailboxId, p]));
    expect(byId[wrong]).toMatchObject({ status: 'error', errorCode: expect.any(String), added: 0 });
    expect(err).toContain('Altes Postfach');
    const titles = (await liveItemRows(store.db, teamId)).map(rowToItem).map((i) => i.title);
    console.info(`bad-input run: ${JSON.stringify(byId[good])}; titles: ${JSON.stringify(titles.slice(before))}`);
    expect(byId[good]).toMatchObject({ status: 'ok', messages: 6 });
    expect(titles).toContain('Förderaufruf Klimapartnerschaften 2031');
    // the loop and the malformed message are told and counted, and give no item (the loop's text is "weiter")
    expect(byId[good].error).toMatch(/^1 message not readable \(malformed MIME\), nothing read from it: broken@broken\.example; mail loop detected: 1 message forwarded into itself or more than 3 levels deep, not read: loop-40@loop\.example; /);
    expect(titles.slice(before)).not.toContain('weiter');
    expect(titles.slice(before)).toEqual(['Förderaufruf Klimapartnerschaften 2031']);
    expect(byId[good].error).toMatch(/bombe\.pdf: The PDF unpacks to more than 100 MB/);
    expect(byId[good].error).toMatch(/big@big\.example: larger than 30 MB, not read/);
    expect(byId[good].error).toMatch(/dreitausend-seiten\.pdf: The PDF has more than 200 pages; only the first 200 are read, and they contain no text/);
    // nothing lost: every message is finished, the good call is in the inbox, the rest recorded with the reason
    expect(await itemCount()).toBe(before + byId[good].added);
    expect((await folderContents(dovecot, user, PASSWORD)).every((m) => m.seen)).toBe(true);
  }, 180_000);
});
