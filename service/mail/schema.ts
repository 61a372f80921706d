/**
 * The mailbox API (README "Newsletters"): `{ id, name, host, port, user, hasPassword, folder, after, moveTo, enabled,
 * nextPollAt, lastPoll }` as valibot schemas. The password is written, never read back: `hasPassword` says one is set.
 */
import * as v from 'valibot';
import { PlainTextSchema } from '../../shared/text.ts';
import { AfterSchema } from '../../shared/api/mailboxes.ts';

export { AfterSchema };

/** A host name or an IP address as a mail client takes it (no scheme, no port, no path). */
const HostSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.check(
    (s) => /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/.test(s) || /^\[?[0-9a-f:.]+\]?$/.test(s),
    'must be a host name such as imap.example.de (no scheme, port or path)',
  ),
);
const PortSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
const NameSchema = v.pipe(PlainTextSchema, v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200));
const UserSchema = v.pipe(PlainTextSchema, v.minLength(1, 'must not be empty'), v.maxLength(320));
const PasswordSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(1000));
/** An IMAP folder path ("INBOX", "INBOX/Newsletter", "Newsletter.Gelesen"). */
const FolderSchema = v.pipe(PlainTextSchema, v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200));

const moveNeedsFolder = (body: { after?: string; moveTo?: string | null }) => body.after !== 'move' || (typeof body.moveTo === 'string' && body.moveTo !== '');

/** POST /mailboxes. */
export const NewMailboxBodySchema = v.pipe(
  v.strictObject({
    name: NameSchema,
    host: HostSchema,
    port: v.optional(PortSchema),
    user: UserSchema,
    password: PasswordSchema,
    folder: v.optional(FolderSchema),
    after: v.optional(AfterSchema),
    moveTo: v.optional(v.nullable(FolderSchema)),
    enabled: v.optional(v.boolean()),
  }),
  v.forward(v.partialCheck([['after'], ['moveTo']], moveNeedsFolder, 'moving messages after reading needs the folder to move them to'), ['moveTo']),
);
export type NewMailboxBody = v.InferOutput<typeof NewMailboxBodySchema>;

/** PATCH /mailboxes/:id: any of the writable fields, at least one. */
export const PatchMailboxBodySchema = v.pipe(
  v.strictObject({
    name: v.optional(NameSchema),
    host: v.optional(HostSchema),
    port: v.optional(PortSchema),
    user: v.optional(UserSchema),
    password: v.optional(PasswordSchema),
    folder: v.optional(FolderSchema),
    after: v.optional(AfterSchema),
    moveTo: v.optional(v.nullable(FolderSchema)),
    enabled: v.optional(v.boolean()),
  }),
  v.check((body) => Object.keys(body).length > 0, 'must set at least one field'),
);
export type PatchMailboxBody = v.InferOutput<typeof PatchMailboxBodySchema>;

export { LastPollSchema, MailboxListSchema, MailboxSchema, PollReplySchema, type LastPoll, type Mailbox } from '../../shared/api/mailboxes.ts';

export const MailboxIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid('must be a UUID'), v.toLowerCase()) });
