/**
 * The API's valibot schemas (beyond the data model in shared/schema.ts). Routes validate with exactly these, and
 * openapi.ts renders exactly these — one source, so the document cannot drift from what the service accepts.
 */
import * as v from 'valibot';
import { ItemFieldsSchema, ItemSchema } from '../shared/schema.ts';
import { OpSchema, OpSetSchema, UuidSchema } from '../shared/sync/op.ts';
import { plainText } from '../shared/text.ts';

export const RoleSchema = v.picklist(['admin', 'member', 'viewer']);

export const ErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.pipe(v.string(), v.description('for people: German unless Accept-Language prefers English (Content-Language says which)')),
    details: v.optional(v.unknown()),
  }),
});

export const HealthSchema = v.object({ ok: v.literal(true), version: v.string() });

export const TeamSchema = v.object({ id: v.string(), name: v.string() });
export const MemberSchema = v.object({ id: v.string(), name: v.string(), role: RoleSchema });
export const MeSchema = v.object({ member: MemberSchema, team: TeamSchema, role: RoleSchema });
export const MembersSchema = v.object({ members: v.array(MemberSchema) });
export const NewMemberSchema = v.object({ member: MemberSchema, token: v.string() });

/** A person's display name: 1–100 characters, no control or bidirectional override characters (they end up in logs and UIs). */
export const MemberNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(100, 'must be at most 100 characters'),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'),
  // U+202A–U+202E and U+2066–U+2069 reorder what follows: "Anna\u202Enimda" would show as another name in lists
  v.regex(/^[^\u202a-\u202e\u2066-\u2069]*$/, 'must not contain bidirectional override characters'),
  plainText(),
);

export const NewMemberBodySchema = v.strictObject({
  name: MemberNameSchema,
  role: v.optional(RoleSchema, 'member'),
});

export const IdParamSchema = v.object({ id: UuidSchema });

/** POST /items: the item's client fields, `kind` and `title` required, `id` optional (made by the server otherwise). */
export const CreateItemBodySchema = v.strictObject({
  id: v.optional(UuidSchema),
  ...v.partial(ItemFieldsSchema).entries,
  kind: ItemFieldsSchema.entries.kind,
  title: ItemFieldsSchema.entries.title,
});

/** PATCH /items/:id: like an op's `set`. */
export const PatchItemBodySchema = OpSetSchema;

export const ItemListSchema = v.object({ items: v.array(ItemSchema) });

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

export const PushResultSchema = v.object({
  results: v.array(
    v.object({
      opId: v.nullable(v.string()),
      status: v.picklist(['applied', 'duplicate', 'rejected']),
      error: v.optional(v.string()),
    }),
  ),
  cursor: v.number(),
  serverTime: v.pipe(v.string(), v.isoTimestamp(), v.description("the service's wall clock the ops were checked against")),
});

const digits = (name: string) => v.pipe(v.string(), v.regex(/^\d{1,15}$/, `${name} must be a non-negative integer`), v.transform(Number));

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
