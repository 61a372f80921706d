/**
 * /api/v1/profiles — the team's site profiles (issue 10, item 2), learned from its corrections. Every member reads
 * what changed since a cursor (the extension's sync keeps a copy for the clip); admins delete one.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { SiteProfileSchema } from '../../shared/extract/profile/schema.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { deleteProfile, noteClipUsedProfile, teamProfiles } from '../profiles/service.ts';

const digits = (name: string) => v.pipe(v.string(), v.regex(/^\d{1,15}$/, `${name} must be a non-negative integer`), v.transform(Number));
const Entry = v.object({
  host: v.string(),
  profile: v.nullable(SiteProfileSchema),
  fields: v.array(v.string()),
  corrections: v.number(),
  updatedAt: v.string(),
  lastUsedAt: v.nullable(v.string()),
  rev: v.number(),
});

const list = describeRoute({
  method: 'get',
  path: '/',
  summary: 'the team’s site profiles changed after `since` (a rev of the team’s sequence; 0: all), in rev order, at most 200; a deleted one has profile null',
  query: v.object({ since: v.optional(digits('since'), '0') }),
  responses: { 200: { description: 'profiles', schema: v.object({ profiles: v.array(Entry), cursor: v.number(), more: v.boolean() }) } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:host',
  summary: 'delete the site profile of a host (admin); every copy drops it at its next sync',
  params: v.object({ host: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/, 'host must be a lower-case host name')) }),
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
