// @vitest-environment happy-dom
/**
 * The dashboard's "Postfächer" (issue 11, item 4) against the real service app (SQLite) and a real IMAP server
 * (Dovecot over TLS, test/service/mail/dovecot.ts): an admin connects a mailbox with the form, "Jetzt abrufen" reads the
 * newsletter in it and says in German how many items it found and how many are new, and the items are in the team's
 * inbox; an edit with the password left empty keeps the stored one; a wrong password and a closed port are told in
 * words; a mailbox is disconnected only after asking. The poll codes the service answers each read as a sentence.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMailRuntime, type MailRuntime } from '../../../../service/mail/runtime.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import type { Item } from '../../../../shared/schema.ts';
import { mailboxesClient, type LastPoll } from '../../../../extension/lib/api.ts';
import { Mailboxes } from '../../../../extension/entrypoints/dashboard/Mailboxes.tsx';
import { describePoll } from '../../../../extension/entrypoints/dashboard/mailbox-draft.ts';
import { testApi, type TestApi } from '../../../service/helpers/api.ts';
import { openTestStore, type TestStore } from '../../../service/helpers/store.ts';
import { startDovecot, type Dovecot } from '../../../service/mail/dovecot.ts';
import { append, composeMessage, fixture } from '../../../service/mail/imap-client.ts';
import { speak } from '../../fixtures.ts';
import { click, mount, type, until } from '../../render.ts';

/** the day the newsletter is read on (its calls are open), moving on with real time */
const NOW = Date.parse('2027-02-03T08:00:00Z');
const started = Date.now();
const now = () => NOW + (Date.now() - started);
const PASSWORD = 'Rundbrief-2027!';

let dovecot: Dovecot;
let store: TestStore;
let runtime: MailRuntime;
let api: TestApi;
let admin: string;
let member: string;
const clientOf = (token: string) => mailboxesClient('http://callwatch.test', token, async (input, init) => api.app.request(String(input), init));
/** the team's live items as the service hands them to its clients */
const teamItems = async (): Promise<Item[]> => ((await (await api.call('GET', '/api/v1/sync/pull?since=0&limit=1000', { token: admin })).json()) as { items: Item[] }).items.filter((i) => !i.deleted);

const rows = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => c.textContent));
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text)) ?? null;
const status = (root: HTMLElement) => root.querySelector('.mailbox-note')?.textContent ?? '';
const add = (root: HTMLElement) => root.querySelector('form[aria-labelledby="mailbox-add-heading"]') as HTMLFormElement;
const submit = (form: Element) => click(form.querySelector('button[type="submit"]'));

async function fill(prefix: string, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await type(document.getElementById(`${prefix}-${name}`), value, name === 'after' ? 'change' : 'input');
}

beforeAll(async () => {
  await speak('de');
  dovecot = await startDovecot({ rundbrief: PASSWORD, edit: PASSWORD });
}, 30_000);
afterAll(() => dovecot?.stop());
beforeEach(async () => {
  fakeBrowser.reset();
  store = await openTestStore('sqlite');
  const notifier = createMemoryNotifier();
  // the test trusts the throw-away server's certificate for this connection only
  runtime = createMailRuntime({ db: store.db, notifier, now }, { policy: { allowPrivate: true }, ca: dovecot.ca, timeoutMs: 5000 });
  api = await testApi(store, { notifier, now, mail: runtime });
  const team = await api.team('Stadt Beispiel');
  admin = team.token;
  member = (await team.add('member', 'Clara')).token;
});
afterEach(async () => {
  await runtime.poller.idle();
  await api.close();
  await store.dispose();
});

describe('mailboxes in the dashboard', () => {
  it('says plainly that there is none yet, what is read, and that Exchange Online is not supported', async () => {
    const root = await mount(() => <Mailboxes client={clientOf(admin)} />);
    await until(() => expect(root.querySelector('.empty')?.textContent).toBe('Noch kein Postfach verbunden.'));
    expect(root.querySelector('h2')?.textContent).toBe('Postfächer');
    expect(root.textContent).toContain('Exchange Online / Microsoft 365 wird nicht unterstützt');
    expect(root.textContent).toContain('Das Passwort wird verschlüsselt gespeichert, wenn Ihr Betrieb das eingerichtet hat');
    // the add form starts with IMAP's usual port and folder
    expect((document.getElementById('mailbox-port') as HTMLInputElement).value).toBe('993');
    expect((document.getElementById('mailbox-folder') as HTMLInputElement).value).toBe('INBOX');
  });

  it('an admin connects the mailbox; "Jetzt abrufen" reads the newsletter, says what it found, and the items are in the inbox', async () => {
    const root = await mount(() => <Mailboxes client={clientOf(admin)} />);
    await until(() => expect(root.querySelector('.empty')).not.toBeNull());

    // checked before sending: the password is missing, a URL is not a server name, moving needs a folder
    await fill('mailbox', { name: 'Newsletter-Postfach', host: 'https://imap.example.de/', port: String(dovecot.port), user: 'rundbrief', after: 'move' });
    await submit(add(root));
    expect(root.querySelector('#mailbox-host-problem')?.textContent).toBe('Bitte nur den Servernamen angeben, z. B. imap.example.de.');
    expect(root.querySelector('#mailbox-password-problem')?.textContent).toBe('Bitte das Passwort oder App-Passwort angeben.');
    expect(root.querySelector('#mailbox-moveTo-problem')?.textContent).toBe('Bitte den Ordner angeben, in den gelesene Nachrichten verschoben werden.');
    expect(document.activeElement?.id).toBe('mailbox-host');
    expect((await clientOf(admin).mailboxes()).length).toBe(0);

    await fill('mailbox', { host: dovecot.host, password: PASSWORD, after: 'read' });
    await submit(add(root));
    await until(() => expect(rows(root)).toHaveLength(1));
    expect(rows(root)[0]).toEqual(['Newsletter-Postfachrundbrief', `127.0.0.1:${dovecot.port}`, 'INBOX', 'als gelesen markieren', 'Noch nicht gelesen.']);
    expect(status(root)).toBe('Das Postfach „Newsletter-Postfach“ ist verbunden. Es wird in etwa einer Minute zum ersten Mal gelesen.');
    // the form is empty again, the password not shown anywhere
    expect((document.getElementById('mailbox-password') as HTMLInputElement).value).toBe('');
    expect(root.innerHTML).not.toContain(PASSWORD);
    const [saved] = await clientOf(admin).mailboxes();
    expect(saved).toMatchObject({ name: 'Newsletter-Postfach', host: '127.0.0.1', port: dovecot.port, user: 'rundbrief', hasPassword: true, folder: 'INBOX', after: 'read', moveTo: null });

    await append(dovecot, 'rundbrief', PASSWORD, await composeMessage({ from: 'Netzwerk Eine Welt <rundbrief@netzwerk.example.org>', subject: 'Rundbrief Februar 2027', messageId: '<rundbrief-2027-02@netzwerk.example.org>', html: fixture('newsletter.html') }));
    await click(button(root, 'Jetzt abrufen: Newsletter-Postfach'));
    await until(() => expect(status(root)).toMatch(/^„Newsletter-Postfach“: Zuletzt gelesen am 03\.02\.2027, \d\d:\d\d: 1 Nachricht gelesen, 3 Einträge gefunden, 3 neu\.$/), 20_000);
    await until(() => expect(rows(root)[0][4]).toMatch(/^Zuletzt gelesen am 03\.02\.2027, \d\d:\d\d: 1 Nachricht gelesen, 3 Einträge gefunden, 3 neu\.$/));

    // the newsletter's calls and event are in the team's inbox, from this mailbox
    const items = await teamItems();
    expect(items.map((i) => [i.kind, i.status, i.origin]).sort()).toEqual([
      ['call', 'new', `mail:${saved.id}`],
      ['call', 'new', `mail:${saved.id}`],
      ['event', 'new', `mail:${saved.id}`],
    ]);
    expect(items.filter((i) => i.kind === 'call').map((i) => i.title).sort()).toEqual(['Kleinprojektefonds Kommunale Entwicklungspolitik 2027', 'Wettbewerb „Kommune bewegt Welt“ 2027']);

    // read again: nothing new, said with the right plural forms
    await click(button(root, 'Jetzt abrufen: Newsletter-Postfach'));
    await until(() => expect(status(root)).toMatch(/0 Nachrichten gelesen, 0 Einträge gefunden, 0 neu\.$/), 20_000);
  }, 40_000);

  it('an edit with the password left empty keeps it; a wrong password and a closed port are told in words', async () => {
    const client = clientOf(admin);
    const box = await client.addMailbox({ name: 'Rundbriefe', host: dovecot.host, port: dovecot.port, user: 'edit', password: PASSWORD, folder: 'INBOX', after: 'read', moveTo: null });
    const root = await mount(() => <Mailboxes client={client} />);
    await until(() => expect(rows(root)).toHaveLength(1));

    await click(button(root, 'Bearbeiten: Rundbriefe'));
    const edit = root.querySelector('form[aria-labelledby="mailbox-edit-heading"]') as HTMLFormElement;
    expect(root.querySelector('#mailbox-edit-heading')?.textContent).toBe('Postfach „Rundbriefe“ bearbeiten');
    expect((document.getElementById('mailbox-edit-password') as HTMLInputElement).value).toBe('');
    expect(root.textContent).toContain('Leer lassen, um das gespeicherte Passwort zu behalten.');
    await fill('mailbox-edit', { name: 'Rundbriefe Eine Welt', after: 'move', moveTo: 'Gelesen' });
    await submit(edit);
    await until(() => expect(rows(root)[0].slice(0, 4)).toEqual(['Rundbriefe Eine Weltedit', `127.0.0.1:${dovecot.port}`, 'INBOX', 'in Ordner „Gelesen“ verschieben']));
    expect(root.querySelector('form[aria-labelledby="mailbox-edit-heading"]')).toBeNull();
    // the stored password still works (an empty folder: nothing to read)
    await click(button(root, 'Jetzt abrufen: Rundbriefe Eine Welt'));
    await until(() => expect(status(root)).toMatch(/Zuletzt gelesen am .*: 0 Nachrichten gelesen/), 20_000);

    // a closed port: refused, said with host and port
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    await click(button(root, 'Bearbeiten: Rundbriefe Eine Welt'));
    await fill('mailbox-edit', { port: String(closed) });
    await submit(root.querySelector('form[aria-labelledby="mailbox-edit-heading"]') as HTMLFormElement);
    await until(() => expect(rows(root)[0][1]).toBe(`127.0.0.1:${closed}`));
    await click(button(root, 'Jetzt abrufen: Rundbriefe Eine Welt'));
    await until(() => expect(status(root)).toMatch(new RegExp(`Lesen am .* fehlgeschlagen: Der Mailserver 127\\.0\\.0\\.1 hat die Verbindung auf Port ${closed} abgelehnt\\.`)), 20_000);
    expect(root.querySelector('td.mailbox-poll')?.classList.contains('error')).toBe(true);

    // a wrong password (the right port again)
    await click(button(root, 'Bearbeiten: Rundbriefe Eine Welt'));
    await fill('mailbox-edit', { port: String(dovecot.port), password: 'falsch' });
    await submit(root.querySelector('form[aria-labelledby="mailbox-edit-heading"]') as HTMLFormElement);
    await until(() => expect(rows(root)[0][1]).toBe(`127.0.0.1:${dovecot.port}`));
    await click(button(root, 'Jetzt abrufen: Rundbriefe Eine Welt'));
    await until(() => expect(status(root)).toContain('Der Mailserver hat Benutzer oder Passwort abgelehnt. Bitte beides prüfen; viele Anbieter verlangen für IMAP ein App-Passwort.'), 20_000);
    expect((await client.mailboxes())[0]).toMatchObject({ id: box.id, hasPassword: true, lastPoll: { status: 'error', errorCode: 'auth_failed' } });
  }, 60_000);

  it('disconnects a mailbox only after asking; a member is told that only admins may', async () => {
    await clientOf(admin).addMailbox({ name: 'Rundbriefe', host: 'imap.example.de', port: 993, user: 'team', password: 'geheim', folder: 'INBOX', after: 'read', moveTo: null });
    const forbidden = await mount(() => <Mailboxes client={clientOf(member)} />);
    await until(() => expect(status(forbidden)).toBe('Die Postfächer konnten nicht geladen werden. Das dürfen nur Admins des Teams.'));

    const root = await mount(() => <Mailboxes client={clientOf(admin)} />);
    await until(() => expect(rows(root)).toHaveLength(1));
    await click(button(root, 'Löschen: Rundbriefe'));
    await click(button(root, 'Abbrechen'));
    expect(rows(root)).toHaveLength(1);
    await click(button(root, 'Löschen: Rundbriefe'));
    await click(button(root, 'Postfach „Rundbriefe“ wirklich trennen'));
    await until(() => expect(root.querySelector('.empty')?.textContent).toBe('Noch kein Postfach verbunden.'));
    expect(status(root)).toBe('Das Postfach „Rundbriefe“ ist getrennt. Die daraus gelesenen Einträge bleiben.');
    expect(await clientOf(admin).mailboxes()).toEqual([]);
  });

  it('says that a paused mailbox is not read on schedule', async () => {
    const box = await clientOf(admin).addMailbox({ name: 'Alt', host: 'imap.example.de', port: 993, user: 'team', password: 'geheim', folder: 'INBOX', after: 'read', moveTo: null });
    await clientOf(admin).patchMailbox(box.id, { enabled: false });
    const root = await mount(() => <Mailboxes client={clientOf(admin)} />);
    await until(() => expect(rows(root)[0]?.[4]).toBe('Pausiert: wird nicht regelmäßig gelesen. Noch nicht gelesen.'));
  });

  it("tells each of the service's poll codes as a sentence, the server's own words for an unknown one", () => {
    const box = { host: 'imap.stadt.example', port: 993, folder: 'INBOX/Newsletter' };
    const failed = (errorCode: string, error = 'x'): LastPoll => ({ at: '2027-02-03T08:00:00.000Z', status: 'error', messages: 0, found: 0, added: 0, error, errorCode, durationMs: 5 });
    const said = (code: string, error?: string) => describePoll(failed(code, error), box).replace('Lesen am 03.02.2027, 09:00 fehlgeschlagen: ', '');
    expect(said('auth_failed')).toBe('Der Mailserver hat Benutzer oder Passwort abgelehnt. Bitte beides prüfen; viele Anbieter verlangen für IMAP ein App-Passwort.');
    expect(said('dns')).toBe('Den Mailserver imap.stadt.example gibt es nicht (der Name wurde nicht gefunden). Bitte den Servernamen prüfen.');
    expect(said('unreachable')).toBe('Der Mailserver imap.stadt.example hat die Verbindung auf Port 993 abgelehnt. Bitte Server und Port prüfen (IMAP mit TLS: meist 993).');
    expect(said('timeout')).toBe('Der Mailserver imap.stadt.example hat nicht rechtzeitig geantwortet. Es wird später erneut versucht.');
    expect(said('tls')).toBe('Dem Zertifikat von imap.stadt.example wird nicht vertraut. Ihr Betrieb muss die Zertifizierungsstelle des Servers im Dienst hinterlegen.');
    expect(said('folder')).toBe('Den Ordner „INBOX/Newsletter“ gibt es in diesem Postfach nicht.');
    expect(said('blocked_address')).toBe('imap.stadt.example ist eine interne Adresse; callwatch verbindet sich dorthin nur, wenn Ihr Betrieb das erlaubt hat.');
    expect(said('mail_error', 'Reading the mailbox failed: BYE server shutting down')).toBe('Das Postfach konnte nicht gelesen werden. Meldung des Servers: Reading the mailbox failed: BYE server shutting down');
    // an ok poll with a note: the counts, then the note; one of each in the singular
    const ok: LastPoll = { ...failed(''), status: 'ok', errorCode: null, messages: 1, found: 1, added: 1, error: '1 message not readable (malformed MIME)' };
    expect(describePoll(ok, box)).toBe('Zuletzt gelesen am 03.02.2027, 09:00: 1 Nachricht gelesen, 1 Eintrag gefunden, 1 neu. Hinweis: 1 message not readable (malformed MIME)');
    expect(describePoll(null, box)).toBe('Noch nicht gelesen.');
    expect(describePoll({ ...ok, status: 'running' }, box)).toBe('Wird gerade gelesen …');
  });
});
