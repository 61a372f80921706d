/** /api/v1/members — the team's members; admins add (token shown once), change roles and revoke them. */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { IdParamSchema, MemberSchema, MembersSchema, NewMemberBodySchema, NewMemberSchema, RoleSchema } from '../schemas.ts';
import { requireAdmin } from '../services/auth.ts';
import { isoNow } from '../services/context.ts';
import { addMember, changeRole, removeMember, teamMembers } from '../services/members.ts';

const list = describeRoute({ method: 'get', path: '/', summary: 'team members', responses: { 200: { description: 'members', schema: MembersSchema } } });
const create = describeRoute({
  method: 'post',
  path: '/',
  summary: 'add a member (admin); its token is shown once',
  body: NewMemberBodySchema,
  responses: { 201: { description: 'the member and its token', schema: NewMemberSchema } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:id',
  summary: 'revoke a member and its tokens (admin)',
  params: IdParamSchema,
  responses: { 204: { description: 'revoked' }, 409: { description: 'the last admin cannot be removed' } },
});
const patch = describeRoute({
  method: 'patch',
  path: '/:id',
  summary: "change a member's role (admin)",
  params: IdParamSchema,
  body: v.strictObject({ role: RoleSchema }),
  responses: { 200: { description: 'the member', schema: MemberSchema }, 409: { description: 'the last admin must stay admin' } },
});
export const membersDocs = [list, create, patch, remove];

const ADMINS_ONLY = 'only an admin may manage members';

export const members = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ members: await teamMembers(c.get('deps').db, c.get('actor').team.id) }))
  .post('/', validate('json', create.body), async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor, ADMINS_ONLY);
    const deps = c.get('deps');
    const { name, role } = c.req.valid('json');
    return c.json(await addMember(deps.db, actor.team.id, { name, role, at: isoNow(deps) }), 201);
  })
  .patch('/:id', validate('param', patch.params), validate('json', patch.body), async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor, ADMINS_ONLY);
    return c.json(await changeRole(c.get('deps').db, actor.team.id, c.req.valid('param').id, c.req.valid('json').role));
  })
  .delete('/:id', validate('param', remove.params), async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor, ADMINS_ONLY);
    const deps = c.get('deps');
    await removeMember(deps.db, actor.team.id, c.req.valid('param').id, isoNow(deps));
    return c.body(null, 204);
  });
