/** A team's calendar feed from storage: its items (tombstones left out by the builder) under its alert rules. */
import type { Kysely } from 'kysely';
import { teamAlertRules } from '../alerts/rules-store.ts';
import { rowToItem } from '../store/items.ts';
import type { Database } from '../store/schema.ts';
import { findTeam } from '../store/teams.ts';
import { buildIcsFeed } from './ics.ts';

/** The iCalendar text of the team's feed, or null for an unknown team. */
export async function teamIcsFeed(db: Kysely<Database>, teamId: string, feedUrl?: string): Promise<string | null> {
  const team = await findTeam(db, teamId);
  if (!team) return null;
  const [rows, rules] = await Promise.all([
    db.selectFrom('items').selectAll().where('team_id', '=', teamId).where('deleted', '=', 0).execute(),
    teamAlertRules(db, teamId),
  ]);
  return buildIcsFeed({ team: { id: team.id, name: team.name }, items: rows.map(rowToItem), rules, feedUrl });
}
