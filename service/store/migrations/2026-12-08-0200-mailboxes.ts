/**
 * Mailboxes a team reads newsletters from (service/mail): the IMAP account with its schedule, lease and last poll,
 * and the messages read from each (by Message-ID), so a message is read once — also after a restart mid-poll or when
 * it is delivered again.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mailboxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    // the password as stored (service/mail/secret.ts); never answered by the API
    .addColumn('password', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    // after reading: "read" (flag \Seen) or "move" (to move_to)
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('move_to', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_poll', 'text')
    .execute();
  await db.schema.createIndex('mailboxes_team').on('mailboxes').columns(['team_id']).execute();
  await db.schema.createIndex('mailboxes_due').on('mailboxes').columns(['next_poll_at']).execute();

  await db.schema
    .createTable('mail_seen')
    .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id').onDelete('cascade'))
    // the Message-ID, or a hash of the message when it has none
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('uid', 'bigint')
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addColumn('found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('mail_seen_pk', ['mailbox_id', 'message_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_seen').execute();
  await db.schema.dropTable('mailboxes').execute();
}
