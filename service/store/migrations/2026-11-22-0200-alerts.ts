/**
 * Alert delivery (service/alerts): the team's rules, delivery channels, per-member mutes, the outbox that makes
 * delivery exactly-once, the scheduler's window per team, the extension's inbox, calendar-feed tokens and the
 * service's own keys (VAPID for Web Push).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_rules')
    .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alert_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    // who added it: e-mail and Web Push reach that member (and follow their mutes); webhooks reach the team
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_channels_team').on('alert_channels').columns(['team_id']).execute();

  await db.schema
    .createTable('alert_mutes')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_mutes_pk', ['member_id', 'item_id'])
    .execute();
  await db.schema.createIndex('alert_mutes_team').on('alert_mutes').columns(['team_id']).execute();

  await db.schema
    .createTable('alert_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // (item, deadline, offset, channel, recipient): the unique key is what makes enqueueing idempotent
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('item_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('channel_type', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_outbox_due').on('alert_outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('alert_outbox_item').on('alert_outbox').columns(['item_id']).execute();

  await db.schema
    .createTable('alert_state')
    .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    // the end of the last window the scheduler planned: the next tick plans (since, now]
    .addColumn('since', 'text', (c) => c.notNull())
    // the last sequence number handed to the team's inbox (a row lock on it orders the inbox)
    .addColumn('inbox_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('alert_inbox')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_inbox_pk', ['team_id', 'seq'])
    .execute();
  await db.schema.createIndex('alert_inbox_member').on('alert_inbox').columns(['member_id', 'seq']).execute();

  await db.schema
    .createTable('feed_tokens')
    .addColumn('member_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    // kept so GET /feeds/ics can show the same address again (a calendar subscription must not change)
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['service_keys', 'feed_tokens', 'alert_inbox', 'alert_state', 'alert_outbox', 'alert_mutes', 'alert_channels', 'alert_rules']) {
    await db.schema.dropTable(table).execute();
  }
}
