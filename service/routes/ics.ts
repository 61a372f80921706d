/**
 * GET /ics/<feedToken>.ics — the team's calendar feed, outside /api/v1: calendar clients cannot send a bearer
 * token, so the address itself is the secret. ETag/304 spares clients that poll every hour the whole body.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env.ts';
import { etagMatches, feedEtag } from '../feeds/etag.ts';
import { teamFeedOfToken } from '../feeds/service.ts';
import { notFound } from '../errors.ts';
import { describeRoute } from '../openapi.ts';

const feed = describeRoute({
  method: 'get',
  path: '/:file',
  summary: "the team's deadlines and events as iCalendar (`<feedToken>.ics`); ETag/304",
  auth: false,
  params: v.object({ file: v.string() }),
  responses: { 200: { description: 'the feed', contentType: 'text/calendar' }, 304: { description: 'unchanged' }, 404: { description: 'unknown or rotated token' } },
});
export const icsDocs = [feed];

export const ics = new Hono<AppEnv>().get('/:file', async (c) => {
  const file = c.req.param('file');
  const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
  const body = await teamFeedOfToken(c.get('deps'), token, c.req.url);
  if (body === null) throw notFound('no such feed');
  const etag = feedEtag(body);
  c.header('ETag', etag);
  // the address is a secret: no shared caches
  c.header('Cache-Control', 'private, no-cache');
  if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', 'inline; filename="callwatch.ics"');
  return c.body(body, 200);
});
