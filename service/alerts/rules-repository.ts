/** A team's alert rules (GET/PUT /api/v1/alerts/rules): stored as JSON, the defaults until an admin saves some. */
import type { Kysely } from 'kysely';
import { defaultAlertRules, parseAlertRules, type AlertRules } from '../../shared/alerts.ts';
import type { Database } from '../store/schema.ts';
import { alertsDb } from './tables.ts';

/** The team's rules, or the defaults. */
export async function teamAlertRules(db: Kysely<Database>, teamId: string): Promise<AlertRules> {
  const row = await alertsDb(db).selectFrom('alert_rules').select('rules').where('team_id', '=', teamId).executeTakeFirst();
  if (!row) return defaultAlertRules();
  try {
    return parseAlertRules(JSON.parse(row.rules));
  } catch {
    // a row written by a future version with fields this one does not know: alert by the defaults rather than not at all
    return defaultAlertRules();
  }
}

/** Saves the team's rules (already validated). */
export async function saveAlertRules(db: Kysely<Database>, teamId: string, rules: AlertRules, at: string): Promise<void> {
  const json = JSON.stringify(rules);
  await alertsDb(db)
    .insertInto('alert_rules')
    .values({ team_id: teamId, rules: json, updated_at: at })
    .onConflict((oc) => oc.column('team_id').doUpdateSet({ rules: json, updated_at: at }))
    .execute();
}
