/** /api/v1/feeds/ics — the caller's calendar-feed address (GET) and its rotation (DELETE). */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { feedUrl, memberFeedToken, rotateFeedToken } from '../feeds/tokens.ts';
import { describeRoute } from '../openapi.ts';
import { isoNow } from '../services/context.ts';

const get = describeRoute({
  method: 'get',
  path: '/ics',
  summary: "the caller's personal calendar-feed address (its own secret token, not the API token)",
  responses: { 200: { description: 'the address', schema: v.object({ url: v.string() }) } },
});
const rotate = describeRoute({
  method: 'delete',
  path: '/ics',
  summary: 'rotate: the old address stops working, the next GET gives a new one',
  responses: { 204: { description: 'rotated' } },
});
export const feedsDocs = [get, rotate];

export const feeds = new Hono<AppEnv>()
  .get('/ics', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor');
    const token = await memberFeedToken(deps.db, { teamId: actor.team.id, memberId: actor.member.id }, isoNow(deps));
    return c.json({ url: feedUrl(token, deps.alerts?.publicUrl, c.req.url) });
  })
  .delete('/ics', async (c) => {
    await rotateFeedToken(c.get('deps').db, c.get('actor').member.id);
    return c.body(null, 204);
  });
