/**
 * The alerts' service layer (the role `service.ts` has in each feature folder, docs/architecture.md): who may read and
 * change rules, channels and mutes, the caller's inbox, the VAPID key and the unsubscribe links. Routes validate the
 * body and call these (never the stores); errors are the service's ServiceErrors (the envelope middleware maps them).
 */
import * as v from 'valibot';
import type { AlertRules } from '../../shared/alerts.ts';
import { invalid, notFound } from '../errors.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { isoNow } from '../services/context.ts';
import { requireAdmin, requireWriter } from '../services/auth.ts';
import { issuesToFields } from '../services/issues.ts';
import { refuseInternalUrl } from '../services/user-url.ts';
import { findItemRow } from '../items/repository.ts';
import { channelsById, deleteChannel, findChannel, insertChannel, teamChannels, type ChannelRow } from './channels-repository.ts';
import { channels as registry, isChannelType } from './channels/index.ts';
import { inboxSince } from './inbox.ts';
import { muteItem, unmuteItem } from './mutes-repository.ts';
import { cancelOutstanding } from './outbox.ts';
import { saveAlertRules, teamAlertRules } from './rules-repository.ts';
import type { AlertSettings } from './runtime.ts';
import { channelOfToken, unsubscribeKey } from './unsubscribe.ts';
import { vapidKeys } from './vapid.ts';

type Deps = Pick<ServiceDeps, 'db' | 'now'>;
/** the delivery settings' address policy (CALLWATCH_ALLOW_PRIVATE_SOURCES, a resolver in tests) */
type ChannelDeps = Deps & { alerts?: Pick<AlertSettings, 'allowPrivate' | 'lookup'> };

/** The team's rules. */
export async function getRules(deps: Deps, actor: Actor): Promise<AlertRules> {
  return teamAlertRules(deps.db, actor.team.id);
}

/** Replaces the team's rules (admin only). */
export async function putRules(deps: Deps, actor: Actor, rules: AlertRules): Promise<AlertRules> {
  requireAdmin(actor, 'only an admin may change the alert rules');
  await saveAlertRules(deps.db, actor.team.id, rules, isoNow(deps));
  return rules;
}

/** A channel as the API shows it: no secrets. */
export function channelView(row: ChannelRow): Record<string, unknown> {
  const config = JSON.parse(row.config) as unknown;
  const view = isChannelType(row.type) ? registry[row.type].view(config) : {};
  return { id: row.id, type: row.type, ...view, memberId: row.member_id, createdAt: row.created_at };
}

/** The team's webhooks and the caller's own channels (others' e-mail addresses and devices stay private). */
export async function listChannels(deps: Deps, actor: Actor): Promise<Record<string, unknown>[]> {
  const rows = await teamChannels(deps.db, actor.team.id);
  return rows
    .filter((row) => row.member_id === actor.member.id || (isChannelType(row.type) && registry[row.type].scope === 'team'))
    .map(channelView);
}

/**
 * Adds a channel from an API body; webhooks are admin-only, viewers add none. A webhook or push endpoint at an
 * internal address is refused here (400 naming the field), not only when the first alert would go out.
 */
export async function addChannel(deps: ChannelDeps, actor: Actor, body: unknown): Promise<Record<string, unknown>> {
  const type = (body as { type?: unknown } | null)?.type;
  const channel = typeof type === 'string' && isChannelType(type) ? registry[type] : null;
  if (!channel?.schema) throw invalid('type must be "webhook", "email" or "webpush"', [{ field: 'type', message: 'must be "webhook", "email" or "webpush"' }]);
  const parsed = v.safeParse(channel.schema, body);
  if (!parsed.success) throw invalid('invalid body', issuesToFields(parsed.issues));
  requireWriter(actor, 'a viewer cannot add channels');
  if (channel.adminOnly) requireAdmin(actor, 'only an admin may add a webhook');
  const { type: _type, ...config } = parsed.output as Record<string, unknown>;
  const target = channel.target?.(config);
  if (target) await refuseInternalUrl(target.url, { allowPrivate: deps.alerts?.allowPrivate, lookup: deps.alerts?.lookup }, target.field);
  const row = await insertChannel(deps.db, { teamId: actor.team.id, memberId: actor.member.id, type: type as string, config, at: isoNow(deps) });
  return channelView(row);
}

/** Removes a channel: its owner or an admin; its outstanding alerts are cancelled. */
export async function removeChannel(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await findChannel(deps.db, actor.team.id, id);
  const visible = row && (row.member_id === actor.member.id || actor.member.role === 'admin');
  if (!row || !visible) throw notFound('no such channel');
  requireWriter(actor, 'a viewer cannot remove channels');
  await deleteChannel(deps.db, id);
  await cancelOutstanding(deps.db, { channelId: id }, 'channel removed');
}

/** Mutes (or unmutes) one of the team's live items for the caller. */
export async function setMute(deps: Deps, actor: Actor, itemId: string, muted: boolean): Promise<{ itemId: string; muted: boolean }> {
  const row = await findItemRow(deps.db, itemId);
  if (!row || row.team_id !== actor.team.id || row.deleted) throw notFound('no such item');
  if (muted) await muteItem(deps.db, { teamId: actor.team.id, memberId: actor.member.id, itemId, at: isoNow(deps) });
  else await unmuteItem(deps.db, actor.member.id, itemId);
  return { itemId, muted };
}

/** The caller's alerts after `since` (the extension's notifications and badge), oldest first. */
export async function alertInbox(deps: Deps, actor: Actor, since: number, limit: number): Promise<{ alerts: unknown[]; cursor: number; more: boolean }> {
  return inboxSince(deps.db, actor.team.id, actor.member.id, since, limit);
}

/** The service's VAPID public key (made on first use). */
export async function vapidPublicKey(deps: Deps): Promise<string> {
  return (await vapidKeys(deps.db, { at: isoNow(deps) })).publicKey;
}

/** The e-mail channel an unsubscribe link names (`live` while it exists), or null when the link is not one the service made. */
export async function unsubscribeChannel(deps: Deps, token: string): Promise<{ id: string; live: boolean } | null> {
  const id = channelOfToken(await unsubscribeKey(deps.db, isoNow(deps)), token);
  if (!id) return null;
  const row = (await channelsById(deps.db, [id])).get(id);
  if (row && row.type !== 'email') return null;
  return { id, live: row !== undefined };
}

/** Removes the e-mail channel of an unsubscribe link (no actor: the link is the authority). */
export async function removeUnsubscribedChannel(deps: Deps, channelId: string): Promise<void> {
  await deleteChannel(deps.db, channelId);
}
