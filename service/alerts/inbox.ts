/**
 * The extension's alert inbox: what GET /api/v1/alerts?since=<cursor> returns. Each team numbers its inbox with one
 * counter, taken under a row lock in the same transaction as the insert, so numbers commit in order and a reader
 * holding cursor N never misses a row that commits later with a smaller number.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { alertsDb } from './tables.ts';

/** Appends one alert for a member; a second call for the same outbox row changes nothing. */
export async function appendToInbox(
  db: Kysely<Database>,
  entry: { teamId: string; memberId: string; outboxId: string; payload: unknown; at: string },
): Promise<void> {
  await alertsDb(db)
    .transaction()
    .execute(async (trx) => {
      // a write first: on SQLite it takes the write lock (waiting on busy_timeout) before anything is read
      await trx
        .insertInto('alert_state')
        .values({ team_id: entry.teamId, since: entry.at, inbox_seq: 0 })
        .onConflict((oc) => oc.column('team_id').doNothing())
        .execute();
      const seen = await trx.selectFrom('alert_inbox').select('seq').where('outbox_id', '=', entry.outboxId).executeTakeFirst();
      if (seen) return;
      const { inbox_seq } = await trx
        .updateTable('alert_state')
        .set({ inbox_seq: sql`inbox_seq + 1` })
        .where('team_id', '=', entry.teamId)
        .returning('inbox_seq')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('alert_inbox')
        .values({ team_id: entry.teamId, seq: Number(inbox_seq), member_id: entry.memberId, outbox_id: entry.outboxId, payload: JSON.stringify(entry.payload), created_at: entry.at })
        .execute();
    });
}

/** The member's alerts after the cursor, oldest first, and the cursor to ask with next. */
export async function inboxSince(
  db: Kysely<Database>,
  teamId: string,
  memberId: string,
  since: number,
  limit: number,
): Promise<{ alerts: unknown[]; cursor: number; more: boolean }> {
  const rows = await alertsDb(db)
    .selectFrom('alert_inbox')
    .select(['seq', 'payload', 'created_at'])
    .where('team_id', '=', teamId)
    .where('member_id', '=', memberId)
    .where('seq', '>', since)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    alerts: page.map((r) => ({ seq: Number(r.seq), createdAt: r.created_at, ...(JSON.parse(r.payload) as object) })),
    cursor: page.length > 0 ? Number(page[page.length - 1].seq) : since,
    more: rows.length > limit,
  };
}
