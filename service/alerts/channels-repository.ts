/** Delivery channels as rows (GET/POST/DELETE /api/v1/alerts/channels); the config is JSON of the channel's settings. */
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../store/schema.ts';
import { alertsDb, type AlertChannelsTable } from './tables.ts';

export type ChannelRow = AlertChannelsTable;

/** Stores a channel; returns its row. */
export async function insertChannel(
  db: Kysely<Database>,
  input: { teamId: string; memberId: string; type: string; config: unknown; at: string },
): Promise<ChannelRow> {
  const row: ChannelRow = { id: uuidv7(), team_id: input.teamId, member_id: input.memberId, type: input.type, config: JSON.stringify(input.config), created_at: input.at };
  await alertsDb(db).insertInto('alert_channels').values(row).execute();
  return row;
}

/** The team's channels, oldest first. */
export async function teamChannels(db: Kysely<Database>, teamId: string): Promise<ChannelRow[]> {
  return alertsDb(db).selectFrom('alert_channels').selectAll().where('team_id', '=', teamId).orderBy('created_at').orderBy('id').execute();
}

/** Channels by id (any team). */
export async function channelsById(db: Kysely<Database>, ids: string[]): Promise<Map<string, ChannelRow>> {
  if (ids.length === 0) return new Map();
  const rows = await alertsDb(db).selectFrom('alert_channels').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** One channel of the team, or undefined. */
export async function findChannel(db: Kysely<Database>, teamId: string, id: string): Promise<ChannelRow | undefined> {
  return alertsDb(db).selectFrom('alert_channels').selectAll().where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
}

/** Removes a channel; its alerts still in the outbox are cancelled when they come up. */
export async function deleteChannel(db: Kysely<Database>, id: string): Promise<void> {
  await alertsDb(db).deleteFrom('alert_channels').where('id', '=', id).execute();
}
