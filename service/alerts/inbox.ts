/**
 * The extension's alert inbox: what GET /api/v1/alerts?since=<cursor> returns. Each team numbers its inbox with one
 * counter, taken under a row lock in the same transaction as the insert, so numbers commit in order and a reader
 * holding cursor N never misses a row that commits later with a smaller number.
 */
import { sql, type Kysely } from 'kysely';
import { nextBatch, type PurgeOptions } from '../retention/batch.ts';
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

/**
 * Deletes inbox rows added before `before`, team by team in sequence order (keyset), `batchSize` at a time. A row
 * whose outbox row is still pending or being sent stays: its delivery would append it again, as a new alert. The
 * team's counter (alert_state.inbox_seq) is untouched, so numbers are never reused and any cursor stays valid.
 * Returns how many rows went (or would go, with `dryRun`).
 */
export async function purgeInbox(db: Kysely<Database>, before: string, options: PurgeOptions): Promise<number> {
  const adb = alertsDb(db);
  const teams = await db.selectFrom('teams').select('id').orderBy('id').execute();
  let deleted = 0;
  for (const team of teams) {
    let after = -1;
    for (;;) {
      const rows = await adb
        .selectFrom('alert_inbox as i')
        .leftJoin('alert_outbox as o', 'o.id', 'i.outbox_id')
        .select('i.seq')
        .where('i.team_id', '=', team.id)
        .where('i.seq', '>', after)
        .where('i.created_at', '<', before)
        .where((eb) => eb.or([eb('o.id', 'is', null), eb('o.status', 'not in', ['pending', 'sending'])]))
        .orderBy('i.seq')
        .limit(options.batchSize)
        .execute();
      if (rows.length === 0) break;
      const seqs = rows.map((r) => Number(r.seq));
      after = seqs[seqs.length - 1];
      if (options.dryRun) deleted += seqs.length;
      else {
        const result = await adb.deleteFrom('alert_inbox').where('team_id', '=', team.id).where('seq', 'in', seqs).executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      if (!(await nextBatch(options))) return deleted;
    }
  }
  return deleted;
}
