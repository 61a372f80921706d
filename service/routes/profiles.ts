/**
 * /api/v1/profiles — the team's site profiles (issue 10, item 2), learned from its corrections. Every member reads
 * what changed since a cursor (the extension's sync keeps a copy for the clip); admins delete one.
 */
import { Hono } from 'hono';
import { ProfileHostParamSchema, ProfilesQuerySchema, ProfilesSchema } from '../../shared/api/profiles.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { deleteProfile, noteClipUsedProfile, teamProfiles } from '../profiles/service.ts';

const list = describeRoute({
  method: 'get',
  path: '/',
  summary: 'the team’s site profiles changed after `since` (a rev of the team’s sequence; 0: all), in rev order, at most 200; a deleted one has profile null',
  query: ProfilesQuerySchema,
  responses: { 200: { description: 'profiles', schema: ProfilesSchema } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:host',
  summary: 'delete the site profile of a host (admin); every copy drops it at its next sync',
  params: ProfileHostParamSchema,
  responses: { 204: { description: 'deleted' }, 404: { description: 'no profile for this host' } },
});
const used = describeRoute({
  method: 'post',
  path: '/:host/used',
  summary: 'a clip applied the team’s profile of a host (every member; no body): sets its lastUsedAt, changes nothing else',
  params: remove.params,
  responses: { 204: { description: 'noted' }, 404: { description: 'no profile for this host' } },
});
export const profilesDocs = [list, remove, used];

export const profiles = new Hono<AppEnv>()
  .get('/', validate('query', list.query), async (c) => c.json(await teamProfiles(c.get('deps'), c.get('actor'), c.req.valid('query').since)))
  .delete('/:host', validate('param', remove.params), async (c) => {
    await deleteProfile(c.get('deps'), c.get('actor'), c.req.valid('param').host);
    return c.body(null, 204);
  })
  .post('/:host/used', validate('param', used.params), async (c) => {
    await noteClipUsedProfile(c.get('deps'), c.get('actor'), c.req.valid('param').host);
    return c.body(null, 204);
  });
