/**
 * Delivering claimed outbox rows: each row is checked against the current state first (an item deleted, done or
 * dismissed, a moved deadline, a removed channel or member, a mute, a deadline already over: the row is cancelled),
 * then its message is built from the item as it is now and handed to its channel with a per-attempt timeout.
 * Rows go out concurrently, so a target that hangs or refuses holds up only its own row.
 */
import type { Kysely } from 'kysely';
import { deadlineKey, isAlertable } from '../../shared/alerts.ts';
import type { ItemFields } from '../../shared/schema.ts';
import type { Database } from '../store/schema.ts';
import { channelsById, deleteChannel } from './channels-repository.ts';
import { channels as registry, isChannelType, type DeliveryContext } from './channels/index.ts';
import { asDeliveryError } from './delivery-error.ts';
import type { AlertMessage } from './format/index.ts';
import { markFinal, markRetry, markSent, type OutboxRow } from './outbox.ts';
import type { OutboxPayload } from './plan.ts';
import { alertsDb } from './tables.ts';

/** minutes to wait after the n-th failed attempt; after the last one the row is given up */
const BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720];
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;

export interface DeliverOptions {
  db: Kysely<Database>;
  owner: string;
  nowMs: number;
  attemptTimeoutMs: number;
  concurrency: number;
  context: Omit<DeliveryContext, 'db' | 'now' | 'signal'>;
}

export interface DeliverReport {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

interface ItemState {
  teamId: string;
  deleted: boolean;
  fields: ItemFields;
}

async function loadState(db: Kysely<Database>, rows: OutboxRow[]) {
  const itemIds = [...new Set(rows.map((r) => r.item_id).filter((id): id is string => id !== null))];
  const memberIds = [...new Set(rows.map((r) => r.member_id).filter((id): id is string => id !== null))];
  const channelIds = [...new Set(rows.filter((r) => r.channel_type !== 'extension').map((r) => r.channel_id))];
  const adb = alertsDb(db);
  const [itemRows, memberRows, channelRows, muteRows] = await Promise.all([
    itemIds.length ? db.selectFrom('items').select(['id', 'team_id', 'deleted', 'fields']).where('id', 'in', itemIds).execute() : [],
    memberIds.length ? db.selectFrom('members').select('id').where('id', 'in', memberIds).where('revoked_at', 'is', null).execute() : [],
    channelsById(db, channelIds),
    itemIds.length && memberIds.length
      ? adb.selectFrom('alert_mutes').select(['member_id', 'item_id']).where('item_id', 'in', itemIds).where('member_id', 'in', memberIds).execute()
      : [],
  ]);
  const items = new Map<string, ItemState>(itemRows.map((r) => [r.id, { teamId: r.team_id, deleted: Boolean(r.deleted), fields: JSON.parse(r.fields) as ItemFields }]));
  return {
    items,
    members: new Set(memberRows.map((r) => r.id)),
    channels: channelRows,
    mutes: new Set(muteRows.map((r) => `${r.member_id}|${r.item_id}`)),
  };
}

type State = Awaited<ReturnType<typeof loadState>>;

/** Why a row is no longer wanted, or its message. */
function prepare(row: OutboxRow, state: State, nowMs: number): { cancel: string } | { message: AlertMessage; config: unknown } {
  let config: unknown = {};
  if (row.channel_type !== 'extension') {
    const channel = state.channels.get(row.channel_id);
    if (!channel) return { cancel: 'channel removed' };
    config = JSON.parse(channel.config);
  }
  if (row.member_id && !state.members.has(row.member_id)) return { cancel: 'member removed' };
  const payload = JSON.parse(row.payload) as OutboxPayload;
  if (payload.type === 'digest') {
    return { message: { type: 'digest', weekOf: payload.weekOf, until: payload.until, sendAt: payload.sendAt, entries: payload.entries }, config };
  }
  const item = row.item_id ? state.items.get(row.item_id) : undefined;
  if (!item || item.teamId !== row.team_id || item.deleted) return { cancel: 'item deleted' };
  if (row.member_id && state.mutes.has(`${row.member_id}|${row.item_id}`)) return { cancel: 'muted' };
  const view = { id: row.item_id!, title: item.fields.title, url: item.fields.url, organizer: item.fields.organizer };
  if (payload.type === 'deadline.changed') {
    return { message: { type: 'deadline.changed', item: view, from: payload.from, to: payload.to, changedAt: payload.changedAt }, config };
  }
  if (!isAlertable({ status: item.fields.status, deleted: item.deleted })) return { cancel: `item ${item.fields.status}` };
  // a moved deadline is a new deadline: alerts of the old one are not sent
  if (!item.fields.deadlines.some((d) => deadlineKey(d) === payload.deadlineKey)) return { cancel: 'deadline moved' };
  if (Date.parse(payload.deadlineAt) <= nowMs) return { cancel: 'deadline over' };
  const deadline = item.fields.deadlines.find((d) => deadlineKey(d) === payload.deadlineKey)!;
  return { message: { type: 'deadline.due', item: view, deadline, offset: payload.offset, dueAt: payload.dueAt }, config };
}

/** Runs `work` over `list` with at most `limit` at a time. */
async function pool<T>(list: T[], limit: number, work: (entry: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, list.length) }, async () => {
    while (next < list.length) await work(list[next++]);
  });
  await Promise.all(workers);
}

/** Delivers claimed rows and records each outcome. */
export async function deliverRows(rows: OutboxRow[], options: DeliverOptions): Promise<DeliverReport> {
  const { db, owner, nowMs } = options;
  const now = new Date(nowMs).toISOString();
  const report: DeliverReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
  const state = await loadState(db, rows);
  const sent: string[] = [];
  const cancelled = new Map<string, string[]>();
  const failed = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, reason: string, id: string): void => {
    map.set(reason, [...(map.get(reason) ?? []), id]);
  };

  await pool(rows, options.concurrency, async (row) => {
    if (!isChannelType(row.channel_type)) return add(failed, `unknown channel type ${row.channel_type}`, row.id);
    const prepared = prepare(row, state, nowMs);
    if ('cancel' in prepared) return add(cancelled, prepared.cancel, row.id);
    const signal = AbortSignal.timeout(options.attemptTimeoutMs);
    try {
      await registry[row.channel_type].deliver(
        { id: row.id, key: row.key, channelId: row.channel_id, teamId: row.team_id, memberId: row.member_id, config: prepared.config, message: prepared.message },
        { ...options.context, db, now, signal },
      );
      sent.push(row.id);
    } catch (thrown) {
      const error = asDeliveryError(signal.aborted ? signal.reason : thrown);
      const reason = error.message.slice(0, 500);
      if (error.failure === 'gone') {
        await deleteChannel(db, row.channel_id);
        return add(cancelled, reason, row.id);
      }
      if (error.failure === 'permanent' || row.attempts >= MAX_ATTEMPTS) return add(failed, reason, row.id);
      const waitMs = BACKOFF_MINUTES[Math.min(row.attempts, BACKOFF_MINUTES.length) - 1] * 60_000;
      await markRetry(db, row.id, owner, reason, new Date(nowMs + waitMs).toISOString());
      report.retried++;
    }
  });

  await markSent(db, sent, owner, now);
  report.sent = sent.length;
  for (const [reason, ids] of cancelled) {
    await markFinal(db, ids, owner, 'cancelled', reason, now);
    report.cancelled += ids.length;
  }
  for (const [reason, ids] of failed) {
    await markFinal(db, ids, owner, 'failed', reason, now);
    report.failed += ids.length;
  }
  return report;
}
