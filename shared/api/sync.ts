/**
 * The sync API's contract (POST /api/v1/sync/push, GET /api/v1/sync/pull): the schemas the service validates and
 * documents with, and the forms the extension parses the answers with — one source for both sides.
 */
import * as v from 'valibot';
import { ItemSchema, type Item } from '../schema.ts';
import { OpSchema, UuidSchema } from '../sync/op.ts';

/**
 * POST /sync/push envelope. The ops are validated one by one by the push service (an invalid op is `rejected`,
 * not a 400), so the envelope takes them as unknown values; the document shows them as OpSchema.
 */
export const PushBodySchema = v.strictObject({
  clientId: UuidSchema,
  ops: v.pipe(v.array(v.unknown()), v.maxLength(500, 'at most 500 ops per push')),
});
export const PushBodyDocSchema = v.strictObject({
  clientId: UuidSchema,
  ops: v.pipe(v.array(OpSchema), v.maxLength(500)),
});

const PushOutcomeSchema = v.object({
  opId: v.nullable(v.string()),
  status: v.picklist(['applied', 'duplicate', 'rejected']),
  error: v.optional(v.string()),
});

export const PushResultSchema = v.object({
  results: v.array(PushOutcomeSchema),
  cursor: v.number(),
  serverTime: v.pipe(v.string(), v.isoTimestamp(), v.description("the service's wall clock the ops were checked against")),
});

const digits = (name: string) => v.pipe(v.string(), v.regex(/^\d{1,15}$/, `${name} must be a non-negative integer`), v.transform(Number));

/** `?since=&limit=` of every cursor-paged list (pull, alerts, profiles). */
export const PullQuerySchema = v.object({
  since: v.optional(digits('since'), '0'),
  // larger limits are clamped, not refused (DESIGN.md "Precise rules")
  limit: v.optional(v.pipe(digits('limit'), v.minValue(1, 'limit must be at least 1'), v.transform((n) => Math.min(n, 1000))), '1000'),
});

export const PullResultSchema = v.object({
  items: v.array(ItemSchema),
  cursor: v.number(),
  more: v.boolean(),
  serverTime: v.pipe(v.string(), v.isoTimestamp(), v.description("the service's wall clock when it answered")),
});

/**
 * The answers as a client takes them: `serverTime` unchecked (an older service sends none; shared/sync/skew.ts reads
 * it), a refusal's `error` as any value (the client words strings and envelopes alike), and a pull's items as the team
 * stored them — an item written before a rule of today's schema must never stop a team's sync, so only its id is
 * required here.
 */
export const PushReplySchema = v.object({
  results: v.array(v.object({ ...PushOutcomeSchema.entries, error: v.optional(v.unknown()) })),
  cursor: PushResultSchema.entries.cursor,
  serverTime: v.optional(v.unknown()),
});
export const PullReplySchema = v.object({
  ...PullResultSchema.entries,
  items: v.array(v.custom<Item>((item) => typeof (item as { id?: unknown } | null)?.id === 'string', 'an item has an id')),
  serverTime: v.optional(v.unknown()),
});

export type PushReply = v.InferOutput<typeof PushReplySchema>;
export type PullReply = v.InferOutput<typeof PullReplySchema>;
