/** /api/v1/feeds/ics — the caller's calendar-feed address (GET) and its rotation (DELETE). */
import { Hono } from 'hono';
import { FeedUrlSchema } from '../../shared/api/feeds.ts';
import type { AppEnv } from '../env.ts';
import { memberFeedUrl, rotateMemberFeed } from '../feeds/service.ts';
import { describeRoute } from '../openapi.ts';

const get = describeRoute({
  method: 'get',
  path: '/ics',
  summary: "the caller's personal calendar-feed address (its own secret token, not the API token)",
  responses: { 200: { description: 'the address', schema: FeedUrlSchema } },
});
const rotate = describeRoute({
  method: 'delete',
  path: '/ics',
  summary: 'rotate: the old address stops working, the next GET gives a new one',
  responses: { 204: { description: 'rotated' } },
});
export const feedsDocs = [get, rotate];

export const feeds = new Hono<AppEnv>()
  .get('/ics', async (c) => c.json({ url: await memberFeedUrl(c.get('deps'), c.get('actor'), c.req.url) }))
  .delete('/ics', async (c) => {
    await rotateMemberFeed(c.get('deps'), c.get('actor'));
    return c.body(null, 204);
  });
