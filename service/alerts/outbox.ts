/**
 * The outbox: one row per (alert, channel, recipient) under a unique key, so planning the same window twice — two
 * instances, a restart, `alerts run` beside the scheduler — adds nothing. Rows are claimed in one UPDATE whose row
 * choice is `FOR UPDATE SKIP LOCKED` on PostgreSQL (concurrent claimers take disjoint rows without waiting) and a
 * single write statement on SQLite (the database's write lock makes it atomic). A claim is a lease: a claimer that
 * dies mid-delivery leaves its rows to be taken again when the lease runs out.
 */
import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { nextBatch, type PurgeOptions } from '../retention/batch.ts';
import { dialect } from '../store/dialect.ts';
import type { Database } from '../store/schema.ts';
import { alertsDb, type AlertOutboxTable } from './tables.ts';

export type OutboxRow = AlertOutboxTable;

export interface NewOutboxRow {
  key: string;
  teamId: string;
  itemId: string | null;
  kind: string;
  channelId: string;
  channelType: string;
  memberId: string | null;
  payload: unknown;
  sendAt: string;
}

const INSERT_CHUNK = 200;

/** Adds rows whose key is new; returns how many were added. */
export async function enqueue(db: Kysely<Database>, rows: NewOutboxRow[], at: string): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const values = rows.slice(i, i + INSERT_CHUNK).map((r) => ({
      id: uuidv7(),
      key: r.key,
      team_id: r.teamId,
      item_id: r.itemId,
      kind: r.kind,
      channel_id: r.channelId,
      channel_type: r.channelType,
      member_id: r.memberId,
      payload: JSON.stringify(r.payload),
      send_at: r.sendAt,
      status: 'pending' as const,
      attempts: 0,
      next_attempt_at: r.sendAt,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      sent_at: null,
      created_at: at,
    }));
    const result = await alertsDb(db)
      .insertInto('alert_outbox')
      .values(values)
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

/**
 * Claims up to `limit` rows due at `now` (pending and due, or sending with an expired lease) for `owner` until
 * `leaseUntil`, counting the attempt. Never returns a row another claimer holds.
 */
export async function claim(db: Kysely<Database>, input: { owner: string; now: string; leaseUntil: string; limit: number }): Promise<OutboxRow[]> {
  const adb = alertsDb(db);
  let choice = adb
    .selectFrom('alert_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', input.now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', input.now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(input.limit);
  choice = dialect(db).claimable(choice);
  return adb
    .updateTable('alert_outbox')
    .set({ status: 'sending', lease_owner: input.owner, lease_until: input.leaseUntil, attempts: sql`attempts + 1` })
    .where('id', 'in', choice)
    .returningAll()
    .execute();
}

/** Marks rows delivered (only while `owner` still holds them). */
export async function markSent(db: Kysely<Database>, ids: string[], owner: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await alertsDb(db)
    .updateTable('alert_outbox')
    .set({ status: 'sent', sent_at: at, lease_owner: null, lease_until: null, last_error: null })
    .where('id', 'in', ids)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'sending')
    .execute();
}

/** Ends rows without delivery: `cancelled` (no longer wanted) or `failed` (given up), with the reason. */
export async function markFinal(db: Kysely<Database>, ids: string[], owner: string, status: 'cancelled' | 'failed', reason: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await alertsDb(db)
    .updateTable('alert_outbox')
    .set({ status, last_error: reason, lease_owner: null, lease_until: null, next_attempt_at: at })
    .where('id', 'in', ids)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'sending')
    .execute();
}

/** Puts a row back for a later attempt. */
export async function markRetry(db: Kysely<Database>, id: string, owner: string, reason: string, nextAttemptAt: string): Promise<void> {
  await alertsDb(db)
    .updateTable('alert_outbox')
    .set({ status: 'pending', last_error: reason, next_attempt_at: nextAttemptAt, lease_owner: null, lease_until: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'sending')
    .execute();
}

/** Cancels the outstanding rows of items that were deleted, finished or dismissed, or of a removed channel. */
export async function cancelOutstanding(db: Kysely<Database>, where: { itemIds?: string[]; channelId?: string }, reason: string): Promise<number> {
  let query = alertsDb(db)
    .updateTable('alert_outbox')
    .set({ status: 'cancelled', last_error: reason, lease_owner: null, lease_until: null })
    .where('status', '=', 'pending');
  if (where.itemIds) {
    if (where.itemIds.length === 0) return 0;
    query = query.where('item_id', 'in', where.itemIds);
  }
  if (where.channelId) query = query.where('channel_id', '=', where.channelId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

/** The columns the retention policy reads of a final row. */
export type FinishedOutboxRow = Pick<OutboxRow, 'id' | 'status' | 'kind' | 'payload' | 'send_at' | 'sent_at' | 'next_attempt_at' | 'created_at'>;

const FINAL_STATUSES = ['sent', 'failed', 'cancelled'] as const;

/**
 * Deletes final rows (sent, failed, cancelled) that ended before `endedBefore`, were due before `sendBefore`, and that
 * `expired` lets go (service/retention/policy.ts: the planner must never be able to plan their key again). Walks the
 * candidates by id (keyset), `batchSize` at a time, so the rows the policy keeps are read once per call, not once per
 * batch. Returns how many rows went (or would go, with `dryRun`).
 */
export async function purgeFinishedOutbox(
  db: Kysely<Database>,
  cutoffs: { endedBefore: string; sendBefore: string },
  expired: (row: FinishedOutboxRow) => boolean,
  options: PurgeOptions,
): Promise<number> {
  const adb = alertsDb(db);
  let after = '';
  let deleted = 0;
  do {
    const rows = await adb
      .selectFrom('alert_outbox')
      .select(['id', 'status', 'kind', 'payload', 'send_at', 'sent_at', 'next_attempt_at', 'created_at'])
      .where('status', 'in', FINAL_STATUSES)
      .where('id', '>', after)
      .where('created_at', '<', cutoffs.endedBefore)
      .where('next_attempt_at', '<', cutoffs.endedBefore)
      .where((eb) => eb.or([eb('sent_at', 'is', null), eb('sent_at', '<', cutoffs.endedBefore)]))
      .where('send_at', '<', cutoffs.sendBefore)
      .orderBy('id')
      .limit(options.batchSize)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    const ids = rows.filter(expired).map((r) => r.id);
    if (ids.length === 0) continue;
    if (options.dryRun) {
      deleted += ids.length;
      continue;
    }
    // the status again: a final row never changes back, but the guard costs nothing
    const result = await adb.deleteFrom('alert_outbox').where('id', 'in', ids).where('status', 'in', FINAL_STATUSES).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  } while (await nextBatch(options));
  return deleted;
}
