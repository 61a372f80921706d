/** /api/v1/sync — push ops, pull changes (DESIGN.md "Sync protocol"). */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { PullQuerySchema, PullResultSchema, PushBodyDocSchema, PushBodySchema, PushResultSchema } from '../../shared/api/sync.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';

const pushDoc = describeRoute({
  method: 'post',
  path: '/push',
  summary: 'apply ops (≤ 500); each is applied, a duplicate, or rejected with its reason',
  body: PushBodyDocSchema,
  responses: { 200: { description: 'one result per op, and the cursor after the push', schema: PushResultSchema } },
});
const pullDoc = describeRoute({
  method: 'get',
  path: '/pull',
  summary: 'items changed since a cursor, in rev order, tombstones included',
  query: PullQuerySchema,
  responses: { 200: { description: 'a page of items', schema: PullResultSchema } },
});
export const syncDocs = [pushDoc, pullDoc];

export const sync = new Hono<AppEnv>()
  .post('/push', validate('json', PushBodySchema), async (c) => {
    const { clientId, ops } = c.req.valid('json');
    return c.json(await push(c.get('deps'), c.get('actor'), clientId, ops));
  })
  .get('/pull', validate('query', pullDoc.query), async (c) => {
    const { since, limit } = c.req.valid('query');
    return c.json(await pull(c.get('deps'), c.get('actor'), since, limit));
  });
