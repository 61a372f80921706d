/**
 * The IMAP side of a poll (imapflow, loaded on first use): connect over TLS to an address checked against the address
 * policy (the same rule as sources and webhooks; the name stays the TLS server name), open the folder, list the
 * messages to read, fetch one, and after reading flag it \Seen or move it. Every step is bounded by the socket and
 * greeting timeouts; the poll as a whole by its deadline (poll.ts closes the connection).
 */
import { isIP } from 'node:net';
import type { ImapFlow } from 'imapflow';
import { imapflow } from '../lazy.ts';
import { resolveAllowed, type AddressPolicy } from '../net/ssrf.ts';

export interface ImapAccount {
  host: string;
  port: number;
  user: string;
  password: string;
  folder: string;
  after: 'read' | 'move';
  moveTo: string | null;
}

export interface ImapOptions {
  policy: AddressPolicy;
  /** extra TLS trust (tests: the throw-away server's own certificate); never a global switch */
  ca?: string | Buffer;
  /** connect, greeting and idle-socket timeout per step (default 30 s) */
  timeoutMs?: number;
}

/** A message waiting in the folder. */
export interface Waiting {
  uid: number;
  messageId: string | null;
  size: number;
}

export interface MailConnection {
  /** the messages to read, oldest first, at most `limit` */
  waiting(limit: number): Promise<Waiting[]>;
  /** the raw message */
  source(uid: number): Promise<Buffer>;
  /** what happens after reading: flag \Seen, or move to the chosen folder */
  finish(uid: number): Promise<void>;
  close(): Promise<void>;
  /** ends the connection at once (the poll's deadline) */
  abort(): void;
}

/** Connects and opens the folder; throws what imapflow or the address check throws (describeMailFailure reads it). */
export async function connectMailbox(account: ImapAccount, options: ImapOptions): Promise<MailConnection> {
  const [address] = await resolveAllowed(account.host, options.policy);
  const { ImapFlow } = await imapflow();
  const timeout = options.timeoutMs ?? 30_000;
  const servername = isIP(account.host) === 0 ? account.host : undefined;
  const client: ImapFlow = new ImapFlow({
    host: address.address,
    port: account.port,
    secure: true,
    ...(servername ? { servername } : {}),
    tls: { ...(servername ? { servername } : {}), ...(options.ca ? { ca: options.ca } : {}), minVersion: 'TLSv1.2' },
    auth: { user: account.user, pass: account.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    clientInfo: { name: 'callwatch' },
  });
  // a dropped connection emits 'error'; the pending command rejects with it, so it must not crash the process
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (account.after === 'move' && account.moveTo) {
      // the folder to move read messages to is made when missing
      await client.mailboxCreate(account.moveTo).catch(() => undefined);
    }
    await client.mailboxOpen(account.folder);
  } catch (error) {
    client.close();
    throw error;
  }

  return {
    async waiting(limit) {
      // "read" leaves read messages in the folder: only unread ones are news; "move" empties it
      const uids = (await client.search(account.after === 'read' ? { seen: false } : { all: true }, { uid: true })) || [];
      const first = [...uids].sort((a, b) => a - b).slice(0, limit);
      if (first.length === 0) return [];
      const out: Waiting[] = [];
      for await (const message of client.fetch(first, { uid: true, envelope: true, size: true }, { uid: true })) {
        out.push({ uid: message.uid, messageId: message.envelope?.messageId?.replace(/^<|>$/g, '').trim() || null, size: message.size ?? 0 });
      }
      return out.sort((a, b) => a.uid - b.uid);
    },
    async source(uid) {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!message || !message.source) throw new Error(`message ${uid} is gone from the folder`);
      return message.source;
    },
    async finish(uid) {
      if (account.after === 'move' && account.moveTo) await client.messageMove(String(uid), account.moveTo, { uid: true });
      else await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    },
    async close() {
      await client.logout().catch(() => client.close());
    },
    abort() {
      client.close();
    },
  };
}

/** A mail failure in plain words, with a stable code for the dashboard. */
export function describeMailFailure(error: unknown, account: Pick<ImapAccount, 'host' | 'port' | 'folder' | 'moveTo'>): { code: string; message: string } {
  const e = (error ?? {}) as { code?: string; authenticationFailed?: boolean; serverResponseCode?: string; message?: string; responseText?: string };
  const code = e.code ?? '';
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return { code: 'auth_failed', message: 'The mail server refused the user name or password. Check both; many providers (Microsoft 365, Gmail) need an app password for IMAP.' };
  }
  if (code === 'blocked_address') return { code, message: `${account.host} is an internal address; callwatch does not connect to it (CALLWATCH_ALLOW_PRIVATE_SOURCES=1 allows it).` };
  if (code === 'dns' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { code: 'dns', message: `The mail server ${account.host} could not be found (DNS).` };
  if (code === 'ECONNREFUSED') return { code: 'unreachable', message: `The mail server ${account.host} refused the connection on port ${account.port}.` };
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT' || code === 'CONNECT_TIMEOUT' || code === 'GREETING_TIMEOUT' || code === 'mail_timeout' || /timed? ?out/i.test(e.message ?? '')) {
    return { code: 'timeout', message: `The mail server ${account.host} did not answer in time.` };
  }
  if (/CERT|SELF_SIGNED|ERR_TLS|UNABLE_TO_VERIFY/.test(code) || /certificate/i.test(e.message ?? '')) {
    return { code: 'tls', message: `The TLS certificate of ${account.host} is not trusted (${e.message ?? code}).` };
  }
  if (e.serverResponseCode === 'NONEXISTENT' || /mailbox doesn't exist|does not exist|unknown mailbox/i.test(e.responseText ?? '')) {
    return { code: 'folder', message: `The folder "${account.folder}" does not exist in this mailbox.` };
  }
  const text = (e.responseText || e.message || String(error)).replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 300);
  return { code: 'mail_error', message: `Reading the mailbox failed: ${text}` };
}
