/**
 * /api/v1/corrections — clips saved with fields the user changed, with their page (issue 10, item 1). Members send
 * them (the extension, after the save); admins read them. Bodies up to 8 MB (app.ts); a page over 2 MB is a 413.
 */
import { Hono } from 'hono';
import { CorrectionKeptSchema, CorrectionListSchema, CorrectionNotKeptSchema, CorrectionSchema } from '../../shared/api/corrections.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { IdParamSchema } from '../schemas.ts';
import { submitCorrection, teamCorrection, teamCorrectionList } from '../corrections/service.ts';

/** The body limit of this route: a 2 MB page, JSON-escaped, with its draft and saved items. */
export const MAX_CORRECTION_BODY_BYTES = 8 * 1024 * 1024;

const create = describeRoute({
  method: 'post',
  path: '/',
  summary: 'keep a correction: the page (≤ 2 MB), url, clip time, the extractor’s draft and the saved items (members and admins; stored only while the team keeps corrections)',
  body: CorrectionSchema,
  responses: {
    201: { description: 'kept', schema: CorrectionKeptSchema },
    200: { description: 'the team does not keep corrections: nothing stored', schema: CorrectionNotKeptSchema },
    413: { description: 'the page is larger than 2 MB, or the body larger than 8 MB' },
  },
});
const list = describeRoute({ method: 'get', path: '/', summary: 'the team’s corrections without their pages, newest first, at most 200 (admin)', responses: { 200: { description: 'corrections', schema: CorrectionListSchema } } });
const one = describeRoute({ method: 'get', path: '/:id', summary: 'one correction with its page (admin)', params: IdParamSchema, responses: { 200: { description: 'the correction' } } });
export const correctionsDocs = [create, list, one];

export const corrections = new Hono<AppEnv>()
  .post('/', validate('json', create.body), async (c) => {
    const result = await submitCorrection(c.get('deps'), c.get('actor'), c.req.valid('json'));
    return c.json(result, result.stored ? 201 : 200);
  })
  .get('/', async (c) => c.json(await teamCorrectionList(c.get('deps'), c.get('actor'))))
  .get('/:id', validate('param', one.params), async (c) => c.json(await teamCorrection(c.get('deps'), c.get('actor'), c.req.valid('param').id)));
