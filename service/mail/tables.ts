/**
 * Row types of the mail tables (migration 2026-12-08-0200-mailboxes), kept apart from the domain types: repositories
 * here see them through {@link mailDb}.
 */
import type { Kysely } from 'kysely';
import { withFeatureTables, type Database } from '../store/schema.ts';

export interface MailboxesTable {
  id: string;
  team_id: string;
  name: string;
  host: string;
  port: number;
  username: string;
  /** as stored by secret.ts (encrypted when the service has a key) */
  password: string;
  folder: string;
  /** "read" | "move" */
  after: string;
  move_to: string | null;
  enabled: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  next_poll_at: string;
  lease_until: string | null;
  lease_owner: string | null;
  failures: number;
  /** JSON of the last poll (LastPoll), null before the first */
  last_poll: string | null;
}

export interface MailSeenTable {
  mailbox_id: string;
  message_key: string;
  /** the IMAP UID it had when read (bigint: read back as a string on PostgreSQL) */
  uid: number | string | null;
  seen_at: string;
  found: number;
  added: number;
  error: string | null;
}

// a type alias, not an interface: withFeatureTables() wants an index-compatible record
export type MailTables = {
  mailboxes: MailboxesTable;
  mail_seen: MailSeenTable;
};

/** The store seen with the mail tables too. */
export function mailDb(db: Kysely<Database>): Kysely<Database & MailTables> {
  return withFeatureTables<MailTables>(db);
}
