/**
 * The mailboxes API's answers (GET/POST/PATCH /api/v1/mailboxes, POST …/:id/poll; issue 11, item 4): the schemas the
 * service documents with and the dashboard parses the answers with. The password is written, never read back:
 * `hasPassword` says one is set. The request bodies stay in service/mail/schema.ts (they check host names).
 */
import * as v from 'valibot';

export const AfterSchema = v.picklist(['read', 'move']);

export const LastPollSchema = v.object({
  at: v.string(),
  status: v.picklist(['ok', 'error', 'running']),
  /** messages read in this poll */
  messages: v.number(),
  /** calls and events found in them */
  found: v.number(),
  /** new items on the team's list */
  added: v.number(),
  error: v.nullable(v.string()),
  errorCode: v.nullable(v.string()),
  durationMs: v.nullable(v.number()),
});
export type LastPoll = v.InferOutput<typeof LastPollSchema>;

export const MailboxSchema = v.object({
  id: v.string(),
  name: v.string(),
  host: v.string(),
  port: v.number(),
  user: v.string(),
  hasPassword: v.boolean(),
  folder: v.string(),
  after: AfterSchema,
  moveTo: v.nullable(v.string()),
  enabled: v.boolean(),
  nextPollAt: v.string(),
  failures: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  lastPoll: v.nullable(LastPollSchema),
});
export type Mailbox = v.InferOutput<typeof MailboxSchema>;
/** GET /mailboxes (a team has a handful; 1,000 at most is held in memory) */
export const MailboxListSchema = v.object({ mailboxes: v.pipe(v.array(MailboxSchema), v.maxLength(1000)) });
/** POST /mailboxes/:id/poll: the mailbox and how this poll went */
export const PollReplySchema = v.object({ mailbox: MailboxSchema, poll: LastPollSchema });
