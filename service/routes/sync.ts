/** /api/v1/sync — push ops, pull changes (DESIGN.md "Sync protocol"). */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { requestLanguage } from '../i18n/language.ts';
import { sayRejection } from '../i18n/rejection.ts';
import { setResponseHeader } from '../middleware/response-headers.ts';
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
    const answer = await push(c.get('deps'), c.get('actor'), clientId, ops);
    const language = requestLanguage(c);
    setResponseHeader(c, 'Content-Language', language);
    setResponseHeader(c, 'Vary', 'Accept-Language', true);
    // a rejection's reason in the client's language; its parts are not part of the answer
    const results = answer.results.map(({ reasons, ...result }) => (reasons ? { ...result, error: sayRejection(reasons, language) } : result));
    return c.json({ ...answer, results });
  })
  .get('/pull', validate('query', pullDoc.query), async (c) => {
    const { since, limit } = c.req.valid('query');
    return c.json(await pull(c.get('deps'), c.get('actor'), since, limit));
  });
