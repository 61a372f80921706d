/**
 * The alerts API's contract (/api/v1/alerts: the inbox, rules, channels, the VAPID key; /api/v1/items/:id/mute): the
 * schemas the service validates and documents with, and the forms the extension parses the answers with. The inbox
 * entries are read leniently: rows written by an older service stay in the inbox for weeks, and the alert inside is
 * the generic JSON webhook body (service/alerts/format/json.ts), whose other fields pass through untouched.
 */
import * as v from 'valibot';
import { AlertRulesSchema } from '../alerts/rules.ts';
import { UuidSchema } from '../sync/op.ts';
import { PullQuerySchema } from './sync.ts';

export { AlertRulesSchema };

/** GET /alerts: `?since=<cursor>&limit=` as the pull's */
export const InboxQuerySchema = PullQuerySchema;

/** A deadline as alerts spell it (DESIGN.md, "Alerts"): date, time only when set, label, kind. */
export const AlertDeadlineSchema = v.object({ date: v.string(), time: v.optional(v.string()), label: v.string(), kind: v.string() });
export type AlertDeadline = v.InferOutput<typeof AlertDeadlineSchema>;

/** What an alert is about: the generic JSON webhook body (`deadline.due`, `deadline.changed` or the weekly `digest`). */
export const AlertBodySchema = v.looseObject({
  type: v.string(),
  itemId: v.optional(v.string()),
  title: v.optional(v.string()),
  url: v.optional(v.nullable(v.string())),
  deadline: v.optional(v.nullable(AlertDeadlineSchema)),
  offset: v.optional(v.nullable(v.number())),
  dueAt: v.optional(v.string()),
});
export type AlertBody = v.InferOutput<typeof AlertBodySchema>;

/** One alert addressed to the caller: the service's notification text (service/alerts/format/notification.ts) and the alert. */
export const InboxAlertSchema = v.object({
  /** the inbox's number; the cursor */
  seq: v.number(),
  createdAt: v.string(),
  /** the delivery's id, unique per alert and member */
  id: v.string(),
  title: v.string(),
  body: v.string(),
  /** what a click opens; none for the digest */
  url: v.optional(v.nullable(v.string()), null),
  /** one per item (or per digest): notifications with the same tag replace each other */
  tag: v.string(),
  alert: AlertBodySchema,
});
export type InboxAlert = v.InferOutput<typeof InboxAlertSchema>;

export const InboxSchema = v.object({ alerts: v.array(InboxAlertSchema), cursor: v.number(), more: v.boolean() });
export type Inbox = v.InferOutput<typeof InboxSchema>;

/** The formats a webhook posts in (service/alerts/format). */
export const WEBHOOK_FORMATS = ['json', 'slack', 'teams', 'matrix'] as const;

/** PushSubscription.toJSON(), as the service takes it (expirationTime allowed and ignored). */
export const PushSubscriptionBodySchema = v.object({
  endpoint: v.string(),
  expirationTime: v.optional(v.nullable(v.number())),
  keys: v.object({ p256dh: v.string(), auth: v.string() }),
});
export type PushSubscriptionBody = v.InferOutput<typeof PushSubscriptionBodySchema>;

/**
 * POST /alerts/channels as documented. The service checks the body with the chosen channel's own, stricter schema
 * (service/alerts/channels: URL rules, lengths, base64url keys), so a field it refuses is named by that one.
 */
export const ChannelBodySchema = v.union([
  v.object({ type: v.literal('webhook'), url: v.string(), format: v.optional(v.picklist(WEBHOOK_FORMATS)), secret: v.optional(v.string()) }),
  v.object({ type: v.literal('email'), to: v.string() }),
  v.object({ type: v.literal('webpush'), subscription: PushSubscriptionBodySchema }),
]);
export type ChannelBody = v.InferOutput<typeof ChannelBodySchema>;

/** A delivery channel as the API shows it (secrets never): its type's view (`to`, `endpoint`, `url`, `format`, `hasSecret`). */
export const ChannelSchema = v.looseObject({
  id: v.string(),
  type: v.string(),
  memberId: v.string(),
  createdAt: v.string(),
  to: v.optional(v.string()),
  endpoint: v.optional(v.string()),
  url: v.optional(v.string()),
  format: v.optional(v.string()),
  hasSecret: v.optional(v.boolean()),
});
export type Channel = v.InferOutput<typeof ChannelSchema>;
export const ChannelListSchema = v.object({ channels: v.array(ChannelSchema) });

export const ChannelParamSchema = v.object({ id: UuidSchema });

/** GET /alerts/vapid: the service's VAPID public key (base64url), applicationServerKey for PushManager.subscribe. */
export const VapidSchema = v.object({ publicKey: v.string() });

/** POST/DELETE /items/:id/mute */
export const MuteSchema = v.object({ itemId: v.string(), muted: v.boolean() });
