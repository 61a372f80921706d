/**
 * Planning one team's window (since, now]: the rules (shared/alerts.ts) say which alerts, digests and "Frist
 * geändert" notices fall into it; each becomes one outbox row per recipient channel. A member's own channels
 * (extension, e-mail, Web Push) follow that member's mutes; team channels (webhooks) reach the team whatever is muted.
 * Enqueueing is idempotent (unique keys), so overlapping or repeated windows are harmless; only then does the
 * team's `since` move forward.
 */
import type { Kysely } from 'kysely';
import { buildDigest, digestSlots, dueAlerts, isMuted, type AlertItem, type DigestItem, type Mutes } from '../../shared/alerts.ts';
import { isSupportedDate, type Deadline, type ItemFields } from '../../shared/schema.ts';
import { listMembers } from '../members/repository.ts';
import type { Database } from '../store/schema.ts';
import { liveItemRows } from '../items/repository.ts';
import { readStoredJson } from '../store/read-json.ts';
import { sourcesDb } from '../sources/tables.ts';
import { teamChannels, type ChannelRow } from './channels-repository.ts';
import { channels as registry, isChannelType } from './channels/index.ts';
import { teamMutes } from './mutes-repository.ts';
import { enqueue, type NewOutboxRow } from './outbox.ts';
import { teamAlertRules } from './rules-repository.ts';
import { alertsDb } from './tables.ts';

/** What an outbox row carries for a deadline alert (the item's text is read fresh at delivery). */
export interface DuePayload {
  type: 'deadline.due';
  deadline: Deadline;
  deadlineKey: string;
  offset: number;
  dueAt: string;
  deadlineAt: string;
  late: boolean;
}

export interface ChangedPayload {
  type: 'deadline.changed';
  from: Deadline | null;
  to: Deadline | null;
  changedAt: string;
}

export interface DigestPayload {
  type: 'digest';
  weekOf: string;
  until: string;
  sendAt: string;
  entries: ReturnType<typeof buildDigest>['entries'];
}

export type OutboxPayload = DuePayload | ChangedPayload | DigestPayload;

/** a service down for longer does not flood its teams with stale alerts on return */
export const MAX_CATCH_UP_MS = 48 * 60 * 60 * 1000;

interface Recipient {
  ref: string;
  channelId: string;
  channelType: string;
  memberId: string | null;
}

/** Every recipient channel of the team: team channels, then each current member's extension and own channels. */
function recipients(members: { id: string }[], channelRows: ChannelRow[]): { team: Recipient[]; byMember: Map<string, Recipient[]> } {
  const team: Recipient[] = [];
  const byMember = new Map<string, Recipient[]>(members.map((m) => [m.id, [{ ref: `extension:${m.id}`, channelId: 'extension', channelType: 'extension', memberId: m.id }]]));
  for (const row of channelRows) {
    if (!isChannelType(row.type)) continue;
    if (registry[row.type].scope === 'team') team.push({ ref: row.id, channelId: row.id, channelType: row.type, memberId: null });
    else byMember.get(row.member_id)?.push({ ref: row.id, channelId: row.id, channelType: row.type, memberId: row.member_id });
  }
  return { team, byMember };
}

/** The team's `since`: the stored window end, else the team's creation, never more than MAX_CATCH_UP_MS back. */
async function windowStart(db: Kysely<Database>, teamId: string, teamCreatedAt: string, nowMs: number): Promise<number> {
  const state = await alertsDb(db).selectFrom('alert_state').select('since').where('team_id', '=', teamId).executeTakeFirst();
  const stored = Date.parse(state?.since ?? teamCreatedAt);
  return Math.max(Number.isNaN(stored) ? nowMs : stored, nowMs - MAX_CATCH_UP_MS);
}

async function advance(db: Kysely<Database>, teamId: string, now: string): Promise<void> {
  const adb = alertsDb(db);
  await adb
    .insertInto('alert_state')
    .values({ team_id: teamId, since: now, inbox_seq: 0 })
    .onConflict((oc) => oc.column('team_id').doUpdateSet({ since: now }).where('alert_state.since', '<', now))
    .execute();
}

/** Plans the team's window ending at `nowMs`; returns how many outbox rows were added. */
export async function planTeam(db: Kysely<Database>, team: { id: string; created_at: string }, nowMs: number): Promise<number> {
  const now = new Date(nowMs).toISOString();
  const sinceMs = await windowStart(db, team.id, team.created_at, nowMs);
  if (sinceMs >= nowMs) return 0;
  const since = new Date(sinceMs).toISOString();
  const rules = await teamAlertRules(db, team.id);
  const items: (AlertItem & DigestItem & Pick<ItemFields, 'title'>)[] = (await liveItemRows(db, team.id)).flatMap((row) => {
    const fields = readStoredJson<ItemFields>(row.fields);
    // a row that cannot be read, or has no deadlines list, alerts nothing; the team's other items still do
    if (!fields || !Array.isArray(fields.deadlines)) return [];
    // a date outside the schema's years (stored before that rule, "31.12.9999") is no deadline
    const deadlines = fields.deadlines.filter((d) => typeof d?.date === 'string' && isSupportedDate(d.date));
    // known since its last change as the server saw it: a deadline edited offline days ago still counts from when it
    // arrived, so alerts that fell due before are "missed" (one late, most urgent) rather than silently lost
    return [{ id: row.id, title: fields.title, url: fields.url, status: fields.status, deadlines, deleted: false, knownSince: row.updated_at }];
  });

  const due = dueAlerts(items, rules, nowMs, { since: sinceMs });
  const slots = digestSlots(rules, sinceMs, nowMs);
  const changes = await sourcesDb(db)
    .selectFrom('deadline_change_events')
    .select(['key', 'item_id', 'payload', 'created_at'])
    .where('team_id', '=', team.id)
    .where('created_at', '>', since)
    .where('created_at', '<=', now)
    .execute();
  let added = 0;
  if (due.length > 0 || slots.length > 0 || changes.length > 0) {
    const [members, channelRows, mutes] = await Promise.all([listMembers(db, team.id), teamChannels(db, team.id), teamMutes(db, team.id)]);
    const { team: teamRecipients, byMember } = recipients(members, channelRows);
    const rows: NewOutboxRow[] = [];
    const fanOut = (itemId: string | null, baseKey: string, kind: string, sendAt: string, payloadFor: (memberId: string | null) => OutboxPayload | null, mutable: boolean, muteList: Mutes) => {
      const push = (r: Recipient) => {
        const payload = payloadFor(r.memberId);
        if (payload) rows.push({ key: `${baseKey}|${r.ref}`, teamId: team.id, itemId, kind, channelId: r.channelId, channelType: r.channelType, memberId: r.memberId, payload, sendAt });
      };
      teamRecipients.forEach(push);
      for (const [memberId, list] of byMember) {
        if (mutable && itemId && isMuted(muteList, memberId, itemId)) continue;
        list.forEach(push);
      }
    };
    for (const alert of due) {
      const payload: DuePayload = { type: 'deadline.due', deadline: alert.deadline, deadlineKey: alert.deadlineKey, offset: alert.offset, dueAt: alert.dueAt, deadlineAt: alert.deadlineAt, late: alert.late };
      fanOut(alert.itemId, alert.key, 'deadline.due', alert.sendAt, () => payload, true, mutes);
    }
    for (const change of changes) {
      const stored = JSON.parse(change.payload) as { from?: Deadline | null; to?: Deadline | null };
      const payload: ChangedPayload = { type: 'deadline.changed', from: stored.from ?? null, to: stored.to ?? null, changedAt: change.created_at };
      fanOut(change.item_id, change.key, 'deadline.changed', change.created_at, () => payload, true, mutes);
    }
    for (const slot of slots) {
      const digest = buildDigest(items, slot);
      const payloadFor = (memberId: string | null): DigestPayload | null => {
        const entries = memberId ? digest.entries.filter((e) => !isMuted(mutes, memberId, e.itemId)) : digest.entries;
        // an empty digest says nothing: not sent
        return entries.length === 0 ? null : { type: 'digest', weekOf: digest.weekOf, until: digest.until, sendAt: digest.sendAt, entries };
      };
      fanOut(null, `${team.id}|${slot.key}`, 'digest', slot.sendAt, payloadFor, false, mutes);
    }
    added = await enqueue(db, rows, now);
  }
  await advance(db, team.id, now);
  return added;
}
