/**
 * Storage of mailboxes and the messages read from them — plain functions over `db`/`trx`, one set of queries for
 * SQLite and PostgreSQL. Claiming due mailboxes takes a lease, so each mailbox is polled by one instance at a time
 * (PostgreSQL skips rows another instance holds locked, as for sources).
 */
import type { Kysely } from 'kysely';
import { dialect } from '../store/dialect.ts';
import type { Database } from '../store/schema.ts';
import type { LastPoll, Mailbox } from './schema.ts';
import { mailDb, type MailboxesTable, type MailSeenTable } from './tables.ts';

export type MailboxRow = MailboxesTable;

/** The API's Mailbox for a row: the password never leaves, only whether there is one. */
export function rowToMailbox(row: MailboxRow): Mailbox {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: Number(row.port),
    user: row.username,
    hasPassword: row.password !== '',
    folder: row.folder,
    after: row.after === 'move' ? 'move' : 'read',
    moveTo: row.move_to,
    enabled: Number(row.enabled) === 1,
    nextPollAt: row.next_poll_at,
    failures: Number(row.failures),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastPoll: row.last_poll ? (JSON.parse(row.last_poll) as LastPoll) : null,
  };
}

export async function insertMailbox(db: Kysely<Database>, row: MailboxRow): Promise<void> {
  await mailDb(db).insertInto('mailboxes').values(row).execute();
}

export async function findMailbox(db: Kysely<Database>, id: string): Promise<MailboxRow | undefined> {
  return mailDb(db).selectFrom('mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The team's mailboxes, oldest first. */
export async function teamMailboxes(db: Kysely<Database>, teamId: string): Promise<MailboxRow[]> {
  return mailDb(db).selectFrom('mailboxes').selectAll().where('team_id', '=', teamId).orderBy('created_at').orderBy('id').execute();
}

export async function updateMailbox(db: Kysely<Database>, id: string, change: Partial<MailboxRow>): Promise<void> {
  await mailDb(db).updateTable('mailboxes').set(change).where('id', '=', id).execute();
}

export async function deleteMailbox(db: Kysely<Database>, id: string): Promise<void> {
  await mailDb(db).deleteFrom('mailboxes').where('id', '=', id).execute();
}

/** Claims up to `limit` enabled mailboxes that are due and not held by a live poll; returns the claimed rows. */
export async function claimDueMailboxes(
  db: Kysely<Database>,
  opts: { now: string; leaseUntil: string; owner: string; limit: number },
): Promise<MailboxRow[]> {
  return mailDb(db).transaction().execute(async (trx) => {
    let due = trx
      .selectFrom('mailboxes')
      .select('id')
      .where('enabled', '=', 1)
      .where('next_poll_at', '<=', opts.now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .orderBy('next_poll_at')
      .limit(opts.limit);
    due = dialect(db).claimable(due);
    const ids = (await due.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('mailboxes')
      .set({ lease_until: opts.leaseUntil, lease_owner: opts.owner })
      .where('id', 'in', ids)
      // re-checked inside the UPDATE: on SQLite another process may have claimed between our read and write
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .returningAll()
      .execute();
  });
}

/** Ends a poll's lease and records its outcome and the next poll. */
export async function releaseMailbox(
  db: Kysely<Database>,
  id: string,
  change: { nextPollAt: string; failures: number; lastPoll: LastPoll; owner: string },
): Promise<void> {
  await mailDb(db)
    .updateTable('mailboxes')
    .set({ next_poll_at: change.nextPollAt, failures: change.failures, last_poll: JSON.stringify(change.lastPoll), lease_until: null, lease_owner: null })
    .where('id', '=', id)
    .where('lease_owner', '=', change.owner)
    .execute();
}

/** The message keys of `keys` this mailbox has read already. */
export async function seenKeys(db: Kysely<Database>, mailboxId: string, keys: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await mailDb(db).selectFrom('mail_seen').select('message_key').where('mailbox_id', '=', mailboxId).where('message_key', 'in', keys.slice(i, i + 500)).execute();
    for (const row of rows) seen.add(row.message_key);
  }
  return seen;
}

/** Records a message as read; false when it was recorded already (another poll got there first). */
export async function markSeen(db: Kysely<Database>, row: MailSeenTable): Promise<boolean> {
  const result = await mailDb(db)
    .insertInto('mail_seen')
    .values(row)
    .onConflict((oc) => oc.columns(['mailbox_id', 'message_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
