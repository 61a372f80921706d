/**
 * Newsletters from a team's own mailbox, end to end against a real IMAP server (Dovecot over TLS, started here): an
 * admin connects the mailbox through the API; a poll turns each new message into inbox items with origin
 * "mail:<id>", matched as source finds are; a message is read once; a forward is read as its original; "move" moves;
 * a wrong password is told in plain words and never stops the other mailboxes. SQLite and PostgreSQL.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { createMailRuntime, type MailRuntime } from '../../../service/mail/runtime.ts';
import { createMailbox } from '../../../service/mail/service.ts';
import { mailDb } from '../../../service/mail/tables.ts';
import type { Mailbox } from '../../../service/mail/schema.ts';
import { liveItemRows, rowToItem } from '../../../service/items/repository.ts';
import type { Item } from '../../../shared/schema.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { append, composeMessage, fixture, folderContents } from './imap-client.ts';
import { startDovecot, type Dovecot } from './dovecot.ts';

/** The day the newsletters are read on (their calls are open), moving on with real time. */
const NOW = Date.parse('2027-02-03T08:00:00Z');
const started = Date.now();
const now = () => NOW + (Date.now() - started);

const PASSWORD = 'Rundbrief-2027!';
let dovecot: Dovecot;

beforeAll(async () => {
  const users: Record<string, string> = {};
  for (const dialect of DIALECTS) for (const name of ['news', 'moved', 'other']) users[`${name}-${dialect}`] = PASSWORD;
  dovecot = await startDovecot(users);
});
afterAll(() => dovecot?.stop());

describe.each(DIALECTS)('newsletters from a mailbox (%s)', (dialect) => {
  let store: TestStore;
  let api: TestApi;
  let runtime: MailRuntime;
  let admin: Awaited<ReturnType<TestApi['team']>>;
  const user = (name: string) => `${name}-${dialect}`;

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const notifier = createMemoryNotifier();
    // the test trusts the throw-away server's certificate for this connection only
    runtime = createMailRuntime({ db: store.db, notifier, now }, { policy: { allowPrivate: true }, ca: dovecot.ca, timeoutMs: 5000 });
    api = await testApi(store, { notifier, now, mail: runtime });
    admin = await api.team('Stadt Beispiel');
  });
  afterAll(async () => {
    await runtime?.poller.idle();
    await api?.close();
    await store?.dispose();
  });

  const items = async (): Promise<Item[]> => (await liveItemRows(store.db, admin.teamId)).map(rowToItem);
  const connect = async (body: Record<string, unknown>): Promise<Mailbox> => {
    const res = await api.call('POST', '/api/v1/mailboxes', { token: admin.token, body: { host: dovecot.host, port: dovecot.port, password: PASSWORD, ...body } });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Mailbox;
  };
  const mailbox = async (id: string): Promise<Mailbox> => (await (await api.call('GET', `/api/v1/mailboxes/${id}`, { token: admin.token })).json()) as Mailbox;
  const makeDue = () => mailDb(store.db).updateTable('mailboxes').set({ next_poll_at: '2000-01-01T00:00:00.000Z' }).execute();
  const newsletter = (messageId: string) =>
    composeMessage({ from: 'Netzwerk Eine Welt <rundbrief@netzwerk.example.org>', subject: 'Rundbrief Februar 2027', messageId, html: fixture('newsletter.html') });

  let news: Mailbox;

  it('an admin connects a mailbox; the password is stored but never answered, members may not see it', async () => {
    news = await connect({ name: 'Newsletter-Postfach', user: user('news') });
    expect(news).toMatchObject({ name: 'Newsletter-Postfach', host: '127.0.0.1', user: user('news'), hasPassword: true, folder: 'INBOX', after: 'read', enabled: true, lastPoll: null });
    const listed = await api.call('GET', '/api/v1/mailboxes', { token: admin.token });
    const text = await listed.text();
    expect(JSON.parse(text).mailboxes.map((m: Mailbox) => m.id)).toEqual([news.id]);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toMatch(/"password"/);
    const stored = await mailDb(store.db).selectFrom('mailboxes').select('password').where('id', '=', news.id).executeTakeFirstOrThrow();
    expect(stored.password).toContain(PASSWORD); // no key in this runtime: kept as given (secret.ts)

    const member = await admin.add('member');
    expect((await api.call('GET', '/api/v1/mailboxes', { token: member.token })).status).toBe(403);
    expect((await api.call('POST', '/api/v1/mailboxes', { token: member.token, body: { name: 'x', host: 'imap.example.de', user: 'u', password: 'p' } })).status).toBe(403);
    const other = await api.team('Andere Stadt');
    expect((await api.call('GET', `/api/v1/mailboxes/${news.id}`, { token: other.token })).status).toBe(404);
    expect((await api.call('POST', '/api/v1/mailboxes', { token: admin.token, body: { name: 'x', host: 'https://imap.example.de/', user: 'u', password: 'p' } })).status).toBe(400);
    expect((await api.call('POST', '/api/v1/mailboxes', { token: admin.token, body: { name: 'x', host: 'imap.example.de', user: 'u', password: 'p', after: 'move' } })).status).toBe(400);
  });

  it('an internal host is refused unless CALLWATCH_ALLOW_PRIVATE_SOURCES lifts the rule', async () => {
    const actor = { team: { id: admin.teamId, name: 'Stadt Beispiel' }, member: { id: admin.memberId, name: 'Admin', role: 'admin' as const } };
    const strict = { ...runtime, policy: {} };
    await expect(createMailbox({ db: store.db, notifier: createMemoryNotifier(), now }, strict, actor, { name: 'intern', host: '127.0.0.1', user: 'u', password: 'p' })).rejects.toMatchObject({ status: 400 });
    await expect(createMailbox({ db: store.db, notifier: createMemoryNotifier(), now }, strict, actor, { name: 'intern', host: '10.1.2.3', user: 'u', password: 'p' })).rejects.toMatchObject({ status: 400 });
  });

  it('a newsletter with two calls and an event becomes three inbox items with origin mail:<id>', async () => {
    await append(dovecot, user('news'), PASSWORD, await newsletter('<rundbrief-2027-02@netzwerk.example.org>'));
    await makeDue();
    const outcomes = await runtime.poller.pollDue();
    expect(outcomes.map((o) => o.lastPoll.status)).toEqual(['ok']);

    const list = await items();
    expect(list).toHaveLength(3);
    for (const item of list) expect(item).toMatchObject({ origin: `mail:${news.id}`, status: 'new', url: 'https://netzwerk.example.org/rundbrief/2027-02' });
    const calls = list.filter((i) => i.kind === 'call').sort((a, b) => a.title.localeCompare(b.title));
    expect(calls.map((c) => [c.title, c.deadlines.map((d) => d.date)])).toEqual([
      ['Kleinprojektefonds Kommunale Entwicklungspolitik 2027', ['2027-03-15']],
      ['Wettbewerb „Kommune bewegt Welt“ 2027', ['2027-04-30']],
    ]);
    const events = list.filter((i) => i.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2027-03-18T10:00' });

    expect((await mailbox(news.id)).lastPoll).toMatchObject({ status: 'ok', messages: 1, found: 3, added: 3, error: null });
    // "mark as read": the message stays in the folder, flagged \Seen
    expect(await folderContents(dovecot, user('news'), PASSWORD)).toEqual([{ messageId: '<rundbrief-2027-02@netzwerk.example.org>', seen: true }]);
  });

  it('the same message again adds nothing; the same calls in another message match the items already there', async () => {
    await append(dovecot, user('news'), PASSWORD, await newsletter('<rundbrief-2027-02@netzwerk.example.org>'));
    await makeDue();
    await runtime.poller.pollDue();
    expect(await items()).toHaveLength(3);
    expect((await mailbox(news.id)).lastPoll).toMatchObject({ status: 'ok', messages: 0, added: 0 });
    expect((await folderContents(dovecot, user('news'), PASSWORD)).every((m) => m.seen)).toBe(true);

    // sent again as a reminder, under a new Message-ID: read, matched, nothing new
    await append(dovecot, user('news'), PASSWORD, await newsletter('<rundbrief-2027-02-erinnerung@netzwerk.example.org>'));
    await makeDue();
    await runtime.poller.pollDue();
    expect(await items()).toHaveLength(3);
    expect((await mailbox(news.id)).lastPoll).toMatchObject({ status: 'ok', messages: 1, found: 3, added: 0 });
  });

  it('a call the team already clipped is matched, not added again', async () => {
    const title = 'Förderprogramm Kommunales Ehrenamt 2027';
    const clipped = await api.call('POST', '/api/v1/items', {
      token: admin.token,
      body: { kind: 'call', title, deadlines: [{ date: '2027-05-15', label: 'Antragsfrist', kind: 'application' }] },
    });
    expect(clipped.status).toBe(201);
    const text = `${title}\n\nDas Land fördert Projekte zur Stärkung des Ehrenamts in Kommunen. Anträge können bis zum 15. Mai 2027 gestellt werden.`;
    await append(dovecot, user('news'), PASSWORD, await composeMessage({ from: 'Land <info@land.example>', subject: 'Förderprogramm', messageId: '<ehrenamt-1@land.example>', text }));
    await makeDue();
    await runtime.poller.pollDue();
    expect((await mailbox(news.id)).lastPoll).toMatchObject({ status: 'ok', messages: 1, found: 1, added: 0 });
    expect((await items()).filter((i) => i.title === title).map((i) => i.origin)).toEqual(['clip']);
  });

  it("a forwarded Outlook message is read as its original: the original's sender is the organizer", async () => {
    const before = new Set((await items()).map((i) => i.id));
    await append(
      dovecot, user('news'), PASSWORD,
      await composeMessage({ from: 'Anna Meier <a.meier@stadt.example>', subject: 'WG: Förderaufruf Städtepartnerschaften', messageId: '<fwd-1@stadt.example>', html: fixture('outlook-forward.html') }),
    );
    await makeDue();
    await runtime.poller.pollDue();
    const added = (await items()).filter((i) => !before.has(i.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'call', title: 'Förderaufruf: Nachhaltige Städtepartnerschaften 2027', organizer: 'Engagement Global', origin: `mail:${news.id}`, url: null });
    expect(added[0].deadlines.map((d) => d.date)).toEqual(['2027-03-31']);
  });

  it('"move to folder" moves each message it read', async () => {
    const moved = await connect({ name: 'Verschieben', user: user('moved'), after: 'move', moveTo: 'Callwatch-gelesen' });
    expect(moved).toMatchObject({ after: 'move', moveTo: 'Callwatch-gelesen' });
    await append(dovecot, user('moved'), PASSWORD, await newsletter('<rundbrief-2027-02-kopie@netzwerk.example.org>'));
    await makeDue();
    await runtime.poller.pollDue();
    expect((await mailbox(moved.id)).lastPoll).toMatchObject({ status: 'ok', messages: 1, found: 3 });
    expect(await folderContents(dovecot, user('moved'), PASSWORD)).toEqual([]);
    expect((await folderContents(dovecot, user('moved'), PASSWORD, 'Callwatch-gelesen')).map((m) => m.messageId)).toEqual(['<rundbrief-2027-02-kopie@netzwerk.example.org>']);
  });

  it('a wrong password is told in plain words on that mailbox; the others are still read', async () => {
    const wrong = await connect({ name: 'Falsches Passwort', user: user('other'), password: 'nicht-das-richtige' });
    await append(dovecot, user('news'), PASSWORD, await composeMessage({ from: 'SKEW <info@skew.example>', subject: 'Aufruf', messageId: '<skew-1@skew.example>', text: 'Förderaufruf Klimapartnerschaften 2027\n\nKommunen können sich bis zum 30. Juni 2027 für die neue Runde der kommunalen Klimapartnerschaften bewerben.' }));
    await makeDue();
    const outcomes = await runtime.poller.pollDue();
    expect(outcomes).toHaveLength(3);
    const poll = (await mailbox(wrong.id)).lastPoll;
    expect(poll).toMatchObject({ status: 'error', errorCode: 'auth_failed', messages: 0 });
    expect(poll?.error).toMatch(/refused the user name or password/);
    expect((await mailbox(wrong.id)).failures).toBe(1);
    expect((await mailbox(news.id)).lastPoll).toMatchObject({ status: 'ok', messages: 1, error: null });

    // the admin corrects it: polled afresh, fine
    const patched = await api.call('PATCH', `/api/v1/mailboxes/${wrong.id}`, { token: admin.token, body: { password: PASSWORD } });
    expect(patched.status).toBe(200);
    const polled = await api.call('POST', `/api/v1/mailboxes/${wrong.id}/poll`, { token: admin.token });
    expect(polled.status).toBe(200);
    expect((await polled.json()).poll).toMatchObject({ status: 'ok', error: null });
    expect((await mailbox(wrong.id)).failures).toBe(0);
  });

  it('a server that never answers is a timeout on that mailbox, told in plain words', async () => {
    // accepts the connection and says nothing (no TLS handshake, no greeting)
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    try {
      const port = (silent.address() as AddressInfo).port;
      const mute = await connect({ name: 'Stumm', user: 'x', port });
      const quick = createMailRuntime({ db: store.db, notifier: createMemoryNotifier(), now }, { policy: { allowPrivate: true }, ca: dovecot.ca, timeoutMs: 300 });
      const started = Date.now();
      const outcome = await quick.poller.pollNow(mute.id);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(outcome.lastPoll).toMatchObject({ status: 'error', errorCode: 'timeout', error: 'The mail server 127.0.0.1 did not answer in time.' });
      expect((await mailbox(mute.id)).lastPoll).toMatchObject({ status: 'error', errorCode: 'timeout' });
      expect((await api.call('DELETE', `/api/v1/mailboxes/${mute.id}`, { token: admin.token })).status).toBe(204);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => silent.close(closed));
    }
  });

  it('disconnecting a mailbox keeps the items read from it', async () => {
    const count = (await items()).length;
    expect((await api.call('DELETE', `/api/v1/mailboxes/${news.id}`, { token: admin.token })).status).toBe(204);
    expect((await api.call('GET', `/api/v1/mailboxes/${news.id}`, { token: admin.token })).status).toBe(404);
    expect(await items()).toHaveLength(count);
  });
});
