/** Per-member mutes of items (POST/DELETE /api/v1/items/:id/mute): a muted item stops that member's own alerts. */
import type { Kysely } from 'kysely';
import type { Mutes } from '../../shared/alerts.ts';
import type { Database } from '../store/schema.ts';
import { alertsDb } from './tables.ts';

/** Mutes the item for the member (idempotent). */
export async function muteItem(db: Kysely<Database>, input: { teamId: string; memberId: string; itemId: string; at: string }): Promise<void> {
  await alertsDb(db)
    .insertInto('alert_mutes')
    .values({ team_id: input.teamId, member_id: input.memberId, item_id: input.itemId, created_at: input.at })
    .onConflict((oc) => oc.columns(['member_id', 'item_id']).doNothing())
    .execute();
}

/** Unmutes the item for the member (idempotent). */
export async function unmuteItem(db: Kysely<Database>, memberId: string, itemId: string): Promise<void> {
  await alertsDb(db).deleteFrom('alert_mutes').where('member_id', '=', memberId).where('item_id', '=', itemId).execute();
}

/** The team's mutes, member → items. */
export async function teamMutes(db: Kysely<Database>, teamId: string): Promise<Mutes> {
  const rows = await alertsDb(db).selectFrom('alert_mutes').select(['member_id', 'item_id']).where('team_id', '=', teamId).execute();
  const mutes = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = mutes.get(row.member_id);
    if (!set) mutes.set(row.member_id, (set = new Set()));
    set.add(row.item_id);
  }
  return mutes;
}
