/**
 * Row types of the alert tables (migration 2026-11-22-0200-alerts), kept apart from the domain types and from the
 * sync core's `Database`: repositories here see both through {@link alertsDb}.
 */
import type { Kysely } from 'kysely';
import { withFeatureTables, type Database } from '../store/schema.ts';

export interface AlertRulesTable {
  team_id: string;
  /** JSON of AlertRules (shared/alerts/rules.ts) */
  rules: string;
  updated_at: string;
}

export interface AlertChannelsTable {
  id: string;
  team_id: string;
  member_id: string;
  type: string;
  /** JSON of the channel's own settings (url/format/secret, to, subscription) */
  config: string;
  created_at: string;
}

export interface AlertMutesTable {
  member_id: string;
  item_id: string;
  team_id: string;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface AlertOutboxTable {
  id: string;
  key: string;
  team_id: string;
  item_id: string | null;
  kind: string;
  channel_id: string;
  channel_type: string;
  member_id: string | null;
  payload: string;
  send_at: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface AlertStateTable {
  team_id: string;
  since: string;
  inbox_seq: number;
}

export interface AlertInboxTable {
  team_id: string;
  seq: number;
  member_id: string;
  outbox_id: string;
  payload: string;
  created_at: string;
}

export interface FeedTokensTable {
  member_id: string;
  team_id: string;
  hash: string;
  token: string;
  created_at: string;
}

export interface ServiceKeysTable {
  name: string;
  value: string;
  created_at: string;
}

// a type alias, not an interface: withFeatureTables() wants an index-compatible record
export type AlertTables = {
  alert_rules: AlertRulesTable;
  alert_channels: AlertChannelsTable;
  alert_mutes: AlertMutesTable;
  alert_outbox: AlertOutboxTable;
  alert_state: AlertStateTable;
  alert_inbox: AlertInboxTable;
  feed_tokens: FeedTokensTable;
  service_keys: ServiceKeysTable;
};

export type AlertsDatabase = Database & AlertTables;

/** The store seen with the alert tables too. */
export function alertsDb(db: Kysely<Database>): Kysely<AlertsDatabase> {
  return withFeatureTables<AlertTables>(db);
}
