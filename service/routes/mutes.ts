/** /api/v1/items/:id/mute — the caller mutes (POST) or unmutes (DELETE) an item's alerts for themselves. */
import { Hono } from 'hono';
import { MuteSchema } from '../../shared/api/alerts.ts';
import { setMute } from '../alerts/service.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { IdParamSchema } from '../schemas.ts';

const mute = describeRoute({
  method: 'post',
  path: '/:id/mute',
  summary: "mute an item's alerts for the caller (e-mail, Web Push, extension; webhooks still fire)",
  params: IdParamSchema,
  responses: { 200: { description: 'muted', schema: MuteSchema } },
});
const unmute = describeRoute({
  method: 'delete',
  path: '/:id/mute',
  summary: "unmute an item's alerts for the caller",
  params: IdParamSchema,
  responses: { 200: { description: 'unmuted', schema: MuteSchema } },
});
export const mutesDocs = [mute, unmute];

export const mutes = new Hono<AppEnv>()
  .post('/:id/mute', validate('param', mute.params), async (c) => c.json(await setMute(c.get('deps'), c.get('actor'), c.req.valid('param').id, true)))
  .delete('/:id/mute', validate('param', unmute.params), async (c) => c.json(await setMute(c.get('deps'), c.get('actor'), c.req.valid('param').id, false)));
