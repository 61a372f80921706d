/** The test's own IMAP client (imapflow) for the throw-away Dovecot: deliver messages with APPEND, look at folders. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Dovecot } from './dovecot.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fixture's text. */
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A real MIME message (nodemailer's composer): HTML with a text alternative, optional attachments. */
export async function composeMessage(mail: { from: string; subject: string; messageId: string; html?: string; text?: string; attachments?: Array<{ filename: string; content: Buffer; contentType?: string }> }): Promise<Buffer> {
  return new MailComposer({ to: 'team@stadt.example', date: new Date('2027-02-01T09:00:00Z'), ...mail }).compile().build();
}

async function withClient<T>(dovecot: Dovecot, user: string, password: string, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: true, servername: 'localhost', tls: { ca: dovecot.ca }, auth: { user, pass: password }, logger: false });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

/** Delivers a message into a folder with IMAP APPEND. */
export async function append(dovecot: Dovecot, user: string, password: string, raw: Buffer, folder = 'INBOX'): Promise<void> {
  await withClient(dovecot, user, password, async (client) => {
    if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
    await client.append(folder, raw);
  });
}

/** The messages of a folder: Message-ID and whether it is flagged \Seen. */
export async function folderContents(dovecot: Dovecot, user: string, password: string, folder = 'INBOX'): Promise<Array<{ messageId: string; seen: boolean }>> {
  return withClient(dovecot, user, password, async (client) => {
    const box = await client.mailboxOpen(folder).catch(() => null);
    if (!box || box.exists === 0) return [];
    const out: Array<{ messageId: string; seen: boolean }> = [];
    for await (const m of client.fetch('1:*', { envelope: true, flags: true })) out.push({ messageId: m.envelope?.messageId ?? '', seen: m.flags?.has('\\Seen') ?? false });
    return out;
  });
}

/** A message whose MIME is broken: an undecodable subject, an HTML part in broken base64, a multipart without boundary. */
export const MALFORMED_MIME = Buffer.from(
  'From: kaputt@broken.example\r\nSubject: =?utf-8?B?kaputt\r\nMessage-ID: <broken@broken.example>\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n' +
    '--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%nicht base64%%%\r\n' +
    '--b1\r\nContent-Type: multipart/alternative; boundary=\r\n\r\n\x00\x01\x02',
);

/** A message forwarded into itself `depth` times (each level attaches the one before as message/rfc822, its text "weiter"). */
export async function mailLoop(depth: number): Promise<Buffer> {
  let raw = await composeMessage({ from: 'Schleife <loop@loop.example>', subject: 'Schleife', messageId: '<loop-0@loop.example>', text: 'innen' });
  for (let i = 1; i <= depth; i++) {
    raw = await composeMessage({ from: 'Schleife <loop@loop.example>', subject: `WG: Schleife ${i}`, messageId: `<loop-${i}@loop.example>`, text: 'weiter', attachments: [{ filename: 'weitergeleitet.eml', content: raw, contentType: 'message/rfc822' }] });
  }
  return raw;
}
