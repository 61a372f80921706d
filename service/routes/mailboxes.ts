/** /api/v1/mailboxes — the mailboxes a team reads newsletters from (admins only), with their last poll; "poll now". */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { mailRuntimeFor } from '../mail/runtime.ts';
import { LastPollSchema, MailboxIdParamSchema, MailboxListSchema, MailboxSchema, NewMailboxBodySchema, PatchMailboxBodySchema } from '../mail/schema.ts';
import { createMailbox, getMailbox, listMailboxes, patchMailbox, pollNow, removeMailbox } from '../mail/service.ts';

const list = describeRoute({
  method: 'get',
  path: '/',
  summary: "the team's mailboxes with their last poll (admin; the password is never answered, only hasPassword)",
  responses: { 200: { description: 'mailboxes', schema: MailboxListSchema } },
});
const create = describeRoute({
  method: 'post',
  path: '/',
  summary: 'connect a mailbox over IMAP/TLS (admin): host, port (993), user, password or app password, folder, after reading "read" or "move" (moveTo)',
  body: NewMailboxBodySchema,
  responses: { 201: { description: 'the mailbox; its first poll comes within a minute', schema: MailboxSchema } },
});
const get = describeRoute({
  method: 'get',
  path: '/:id',
  summary: 'one mailbox (admin)',
  params: MailboxIdParamSchema,
  responses: { 200: { description: 'the mailbox', schema: MailboxSchema } },
});
const patch = describeRoute({
  method: 'patch',
  path: '/:id',
  summary: 'change a mailbox (admin); a new password replaces the stored one',
  params: MailboxIdParamSchema,
  body: PatchMailboxBodySchema,
  responses: { 200: { description: 'the mailbox', schema: MailboxSchema } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:id',
  summary: 'disconnect a mailbox (admin); the items read from it stay',
  params: MailboxIdParamSchema,
  responses: { 204: { description: 'deleted' } },
});
const poll = describeRoute({
  method: 'post',
  path: '/:id/poll',
  summary: 'read a mailbox now (admin) and answer how it went: the "test connection"',
  params: MailboxIdParamSchema,
  responses: {
    200: { description: 'the mailbox and this poll', schema: v.object({ mailbox: MailboxSchema, poll: LastPollSchema }) },
    409: { description: 'the mailbox is being read right now' },
  },
});
export const mailboxesDocs = [list, create, get, patch, remove, poll];

export const mailboxes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ mailboxes: await listMailboxes(c.get('deps'), c.get('actor')) }))
  .post('/', validate('json', create.body), async (c) => {
    const deps = c.get('deps');
    return c.json(await createMailbox(deps, mailRuntimeFor(deps), c.get('actor'), c.req.valid('json')), 201);
  })
  .get('/:id', validate('param', get.params), async (c) => c.json(await getMailbox(c.get('deps'), c.get('actor'), c.req.valid('param').id)))
  .patch('/:id', validate('param', patch.params), validate('json', patch.body), async (c) => {
    const deps = c.get('deps');
    return c.json(await patchMailbox(deps, mailRuntimeFor(deps), c.get('actor'), c.req.valid('param').id, c.req.valid('json')));
  })
  .delete('/:id', validate('param', remove.params), async (c) => {
    await removeMailbox(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/:id/poll', validate('param', poll.params), async (c) => {
    const deps = c.get('deps');
    return c.json(await pollNow(deps, mailRuntimeFor(deps), c.get('actor'), c.req.valid('param').id));
  });
