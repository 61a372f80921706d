/** /api/v1/members — the team's members; admins add (token shown once), change roles and revoke them. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { ChangeRoleBodySchema, MemberSchema, MembersSchema, NewMemberBodySchema, NewMemberSchema } from '../../shared/api/members.ts';
import { IdParamSchema } from '../schemas.ts';
import { addTeamMember, changeTeamMemberRole, listTeamMembers, revokeTeamMember } from '../members/service.ts';

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
  body: ChangeRoleBodySchema,
  responses: { 200: { description: 'the member', schema: MemberSchema }, 409: { description: 'the last admin must stay admin' } },
});
export const membersDocs = [list, create, patch, remove];

export const members = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ members: await listTeamMembers(c.get('deps'), c.get('actor')) }))
  .post('/', validate('json', create.body), async (c) => c.json(await addTeamMember(c.get('deps'), c.get('actor'), c.req.valid('json')), 201))
  .patch('/:id', validate('param', patch.params), validate('json', patch.body), async (c) =>
    c.json(await changeTeamMemberRole(c.get('deps'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').role)),
  )
  .delete('/:id', validate('param', remove.params), async (c) => {
    await revokeTeamMember(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
