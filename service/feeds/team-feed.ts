/** A team's calendar feed from storage: its items (tombstones left out by the builder) under its alert rules. */
import type { Kysely } from 'kysely';
import { teamAlertRules } from '../alerts/rules-repository.ts';
import { rowToItem, type ItemRow } from '../items/repository.ts';
import type { Database } from '../store/schema.ts';
import { findTeam } from '../store/teams.ts';
import { buildIcsFeed, type FeedInput, type FeedItem } from './ics.ts';

/** The iCalendar text of the team's feed, or null for an unknown team; `onSkip` hears of every item left out. */
export async function teamIcsFeed(db: Kysely<Database>, teamId: string, options: Pick<FeedInput, 'feedUrl' | 'onSkip'> = {}): Promise<string | null> {
  const team = await findTeam(db, teamId);
  if (!team) return null;
  const [rows, rules] = await Promise.all([
    db.selectFrom('items').selectAll().where('team_id', '=', teamId).where('deleted', '=', 0).execute(),
    teamAlertRules(db, teamId),
  ]);
  return buildIcsFeed({ team: { id: team.id, name: team.name }, items: readableItems(rows, options.onSkip), rules, ...options });
}

/** The rows as items; a row whose stored JSON cannot be read is left out (and reported), not the whole feed. */
function readableItems(rows: ItemRow[], onSkip: FeedInput['onSkip']): FeedItem[] {
  return rows.flatMap((row) => {
    try {
      return [rowToItem(row)];
    } catch (error) {
      onSkip?.({ itemId: row.id, reason: `not readable: ${error instanceof Error ? error.message : String(error)}` });
      return [];
    }
  });
}
