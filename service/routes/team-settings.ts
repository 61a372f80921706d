/** /api/v1/team/settings — the team's switches: `keepCorrections` (default on). Every member reads, admins write. */
import { Hono } from 'hono';
import { TeamSettingsSchema } from '../../shared/api/team-settings.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { changeTeamSettings, teamSettings } from '../corrections/service.ts';

const read = describeRoute({ method: 'get', path: '/', summary: 'the team’s settings', responses: { 200: { description: 'settings', schema: TeamSettingsSchema } } });
const write = describeRoute({
  method: 'put',
  path: '/',
  summary: 'change the team’s settings (admin); keepCorrections: false refuses new corrections (kept ones age out)',
  body: TeamSettingsSchema,
  responses: { 200: { description: 'settings', schema: TeamSettingsSchema } },
});
export const teamSettingsDocs = [read, write];

export const teamSettingsRoute = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await teamSettings(c.get('deps'), c.get('actor'))))
  .put('/', validate('json', write.body), async (c) => c.json(await changeTeamSettings(c.get('deps'), c.get('actor'), c.req.valid('json'))));
