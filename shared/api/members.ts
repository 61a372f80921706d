/**
 * The members API's contract (GET /api/v1/me, /api/v1/members): the schemas the service validates and documents
 * with and the extension parses the answers with — one source for both sides.
 */
import * as v from 'valibot';
import { plainText } from '../text.ts';

export const RoleSchema = v.picklist(['admin', 'member', 'viewer']);

export const TeamSchema = v.object({ id: v.string(), name: v.string() });
export const MemberSchema = v.object({ id: v.string(), name: v.string(), role: RoleSchema });
export const MeSchema = v.object({ member: MemberSchema, team: TeamSchema, role: RoleSchema });
/** GET /members (at most 10,000: a team is people, and the answer is held in memory) */
export const MembersSchema = v.object({ members: v.pipe(v.array(MemberSchema), v.maxLength(10_000)) });
/** POST /members: the new member and its token, shown only in this answer */
export const NewMemberSchema = v.object({ member: MemberSchema, token: v.pipe(v.string(), v.minLength(1)) });

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

/** PATCH /members/:id */
export const ChangeRoleBodySchema = v.strictObject({ role: RoleSchema });

export type Role = v.InferOutput<typeof RoleSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type Me = v.InferOutput<typeof MeSchema>;
export type NewMember = v.InferOutput<typeof NewMemberSchema>;
