/**
 * The team's mailboxes (admins only, reading included: an account's host and user are the team's business, not every
 * member's). A host is checked against the address policy when it is saved — and again, after DNS, at every connect
 * (imap.ts). A new or changed account is polled within a minute, so the admin sees at once whether it works.
 */
import { v7 as uuidv7 } from 'uuid';
import { invalid, notFound } from '../errors.ts';
import { requireAdmin } from '../services/auth.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { isoNow } from '../services/context.ts';
import { refuseInternalUrl } from '../services/user-url.ts';
import { deleteMailbox, findMailbox, insertMailbox, rowToMailbox, teamMailboxes, updateMailbox, type MailboxRow } from './repository.ts';
import type { MailRuntime } from './runtime.ts';
import type { Mailbox, NewMailboxBody, PatchMailboxBody } from './schema.ts';
import { sealPassword } from './secret.ts';
import type { PollOutcome } from './poll.ts';

const ADMINS_ONLY = 'only an admin may manage mailboxes';
/** IMAP over TLS */
export const DEFAULT_PORT = 993;

async function teamMailbox(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<MailboxRow> {
  requireAdmin(actor, ADMINS_ONLY);
  const row = await findMailbox(deps.db, id);
  // another team's mailbox is answered like an unknown one
  if (!row || row.team_id !== actor.team.id) throw notFound('no such mailbox');
  return row;
}

/** The host is refused when it resolves to an internal address (unless the policy allows those). */
async function checkHost(runtime: Pick<MailRuntime, 'policy'>, host: string, port: number): Promise<void> {
  const literal = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  await refuseInternalUrl(`https://${literal}:${port}/`, runtime.policy, 'host');
}

export async function listMailboxes(deps: Pick<ServiceDeps, 'db'>, actor: Actor): Promise<Mailbox[]> {
  requireAdmin(actor, ADMINS_ONLY);
  return (await teamMailboxes(deps.db, actor.team.id)).map(rowToMailbox);
}

export async function getMailbox(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<Mailbox> {
  return rowToMailbox(await teamMailbox(deps, actor, id));
}

/** Connects a mailbox (admin); its first poll comes within a minute. */
export async function createMailbox(deps: ServiceDeps, runtime: MailRuntime, actor: Actor, body: NewMailboxBody): Promise<Mailbox> {
  requireAdmin(actor, ADMINS_ONLY);
  const port = body.port ?? DEFAULT_PORT;
  await checkHost(runtime, body.host, port);
  const at = isoNow(deps);
  const row: MailboxRow = {
    id: uuidv7(), team_id: actor.team.id, name: body.name, host: body.host, port, username: body.user,
    password: sealPassword(body.password, runtime.key), folder: body.folder ?? 'INBOX', after: body.after ?? 'read',
    move_to: body.after === 'move' ? (body.moveTo ?? null) : null, enabled: body.enabled === false ? 0 : 1,
    created_by: actor.member.id, created_at: at, updated_at: at, next_poll_at: at, lease_until: null, lease_owner: null, failures: 0, last_poll: null,
  };
  await insertMailbox(deps.db, row);
  return rowToMailbox(row);
}

/** Changes a mailbox (admin); a changed account is polled afresh within a minute. */
export async function patchMailbox(deps: ServiceDeps, runtime: MailRuntime, actor: Actor, id: string, body: PatchMailboxBody): Promise<Mailbox> {
  const row = await teamMailbox(deps, actor, id);
  const host = body.host ?? row.host;
  const port = body.port ?? Number(row.port);
  if (body.host !== undefined || body.port !== undefined) await checkHost(runtime, host, port);
  const after = body.after ?? (row.after === 'move' ? 'move' : 'read');
  const moveTo = body.moveTo !== undefined ? body.moveTo : row.move_to;
  if (after === 'move' && !moveTo) {
    throw invalid('moving messages after reading needs the folder to move them to', [{ field: 'moveTo', message: 'must name a folder' }]);
  }
  const at = isoNow(deps);
  const change: Partial<MailboxRow> = { updated_at: at, after, move_to: after === 'move' ? moveTo : null };
  if (body.name !== undefined) change.name = body.name;
  if (body.host !== undefined) change.host = body.host;
  if (body.port !== undefined) change.port = body.port;
  if (body.user !== undefined) change.username = body.user;
  if (body.password !== undefined) change.password = sealPassword(body.password, runtime.key);
  if (body.folder !== undefined) change.folder = body.folder;
  if (body.enabled !== undefined) change.enabled = body.enabled ? 1 : 0;
  const account = ['host', 'port', 'user', 'password', 'folder', 'enabled'] as const;
  if (account.some((field) => body[field] !== undefined)) {
    change.next_poll_at = at;
    change.failures = 0;
  }
  await updateMailbox(deps.db, id, change);
  return rowToMailbox({ ...row, ...change });
}

/** Disconnects a mailbox (admin); the items read from it stay, and nothing in the mailbox is touched. */
export async function removeMailbox(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await teamMailbox(deps, actor, id);
  await deleteMailbox(deps.db, id);
}

/** Polls a mailbox now (admin) and answers the mailbox with that poll's outcome: the dashboard's "test connection". */
export async function pollNow(deps: ServiceDeps, runtime: MailRuntime, actor: Actor, id: string): Promise<{ mailbox: Mailbox; poll: PollOutcome['lastPoll'] }> {
  await teamMailbox(deps, actor, id);
  const outcome = await runtime.poller.pollNow(id, actor.team.id);
  return { mailbox: rowToMailbox(await teamMailbox(deps, actor, id)), poll: outcome.lastPoll };
}
