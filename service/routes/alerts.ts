/**
 * /api/v1/alerts — the caller's alerts for the extension (`?since=<cursor>`), the team's rules (admin writes),
 * delivery channels, and the VAPID public key the extension subscribes to Web Push with.
 */
import { Hono } from 'hono';
import {
  AlertRulesSchema,
  ChannelBodySchema,
  ChannelListSchema,
  ChannelParamSchema,
  ChannelSchema,
  InboxQuerySchema,
  InboxSchema,
  VapidSchema,
} from '../../shared/api/alerts.ts';
import { addChannel, alertInbox, getRules, listChannels, putRules, removeChannel, vapidPublicKey } from '../alerts/service.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';

const inbox = describeRoute({
  method: 'get',
  path: '/',
  summary: "the caller's alerts after a cursor (the extension's notifications and badge)",
  query: InboxQuerySchema,
  responses: { 200: { description: 'alerts, oldest first', schema: InboxSchema } },
});
const rulesGet = describeRoute({ method: 'get', path: '/rules', summary: "the team's alert rules", responses: { 200: { description: 'rules', schema: AlertRulesSchema } } });
const rulesPut = describeRoute({
  method: 'put',
  path: '/rules',
  summary: "replace the team's alert rules (admin)",
  body: AlertRulesSchema,
  responses: { 200: { description: 'the rules', schema: AlertRulesSchema } },
});
const channelList = describeRoute({
  method: 'get',
  path: '/channels',
  summary: "the team's webhooks and the caller's own channels",
  responses: { 200: { description: 'channels', schema: ChannelListSchema } },
});
const channelAdd = describeRoute({
  method: 'post',
  path: '/channels',
  summary: 'add a delivery channel (webhooks: admin)',
  body: ChannelBodySchema,
  responses: { 201: { description: 'the channel', schema: ChannelSchema } },
});
const channelRemove = describeRoute({
  method: 'delete',
  path: '/channels/:id',
  summary: 'remove a channel (its owner or an admin)',
  params: ChannelParamSchema,
  responses: { 204: { description: 'removed' } },
});
const vapid = describeRoute({
  method: 'get',
  path: '/vapid',
  summary: "the service's VAPID public key (applicationServerKey for PushManager.subscribe)",
  responses: { 200: { description: 'the key', schema: VapidSchema } },
});
export const alertsDocs = [inbox, rulesGet, rulesPut, channelList, channelAdd, channelRemove, vapid];

export const alerts = new Hono<AppEnv>()
  .get('/', validate('query', inbox.query), async (c) => {
    const { since, limit } = c.req.valid('query');
    return c.json(await alertInbox(c.get('deps'), c.get('actor'), since, limit));
  })
  .get('/rules', async (c) => c.json(await getRules(c.get('deps'), c.get('actor'))))
  .put('/rules', validate('json', AlertRulesSchema), async (c) => c.json(await putRules(c.get('deps'), c.get('actor'), c.req.valid('json'))))
  .get('/channels', async (c) => c.json({ channels: await listChannels(c.get('deps'), c.get('actor')) }))
  // the body is validated by the channel's own schema (service/alerts/channels), chosen by its `type`
  .post('/channels', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    return c.json(await addChannel(c.get('deps'), c.get('actor'), body), 201);
  })
  .delete('/channels/:id', validate('param', channelRemove.params), async (c) => {
    await removeChannel(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .get('/vapid', async (c) => c.json({ publicKey: await vapidPublicKey(c.get('deps')) }));
