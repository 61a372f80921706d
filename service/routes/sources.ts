/** /api/v1/sources — watched sources (admins write), their runs, and "run now" (202). The presets: source-presets.ts. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { SourceListSchema, SourceRunListSchema, SourceSchema } from '../../shared/api/sources.ts';
import { NewSourceBodySchema, PatchSourceBodySchema, SourceIdParamSchema } from '../sources/schema.ts';
import { runtimeFor } from '../sources/runtime.ts';
import { createSource, getSource, listRuns, listSources, patchSource, removeSource, startRun } from '../sources/service.ts';

const list = describeRoute({ method: 'get', path: '/', summary: "the team's sources with their last run", responses: { 200: { description: 'sources', schema: SourceListSchema } } });
const create = describeRoute({
  method: 'post',
  path: '/',
  summary: 'add a source (admin): its own fields, or { preset }',
  body: NewSourceBodySchema,
  responses: { 201: { description: 'the source', schema: SourceSchema } },
});
const get = describeRoute({ method: 'get', path: '/:id', summary: 'one source', params: SourceIdParamSchema, responses: { 200: { description: 'the source', schema: SourceSchema } } });
const patch = describeRoute({
  method: 'patch',
  path: '/:id',
  summary: 'change a source (admin)',
  params: SourceIdParamSchema,
  body: PatchSourceBodySchema,
  responses: { 200: { description: 'the source', schema: SourceSchema } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:id',
  summary: 'delete a source (admin); the items it found stay',
  params: SourceIdParamSchema,
  responses: { 204: { description: 'deleted' } },
});
const run = describeRoute({
  method: 'post',
  path: '/:id/run',
  summary: 'scrape one source now (admin); its end shows in lastRun',
  params: SourceIdParamSchema,
  responses: { 202: { description: 'started; lastRun.status is "running"', schema: SourceSchema }, 409: { description: 'a run of this source is in progress' } },
});
const runs = describeRoute({
  method: 'get',
  path: '/:id/runs',
  summary: "the source's latest runs, newest first",
  params: SourceIdParamSchema,
  responses: { 200: { description: 'runs', schema: SourceRunListSchema } },
});
export const sourcesDocs = [list, create, get, patch, remove, run, runs];

export const sources = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ sources: await listSources(c.get('deps'), c.get('actor')) }))
  .post('/', validate('json', create.body), async (c) => {
    const deps = c.get('deps');
    const { policy } = await runtimeFor(deps);
    return c.json(await createSource(deps, policy, c.get('actor'), c.req.valid('json')), 201);
  })
  .get('/:id', validate('param', get.params), async (c) => c.json(await getSource(c.get('deps'), c.get('actor'), c.req.valid('param').id)))
  .patch('/:id', validate('param', patch.params), validate('json', patch.body), async (c) => {
    const deps = c.get('deps');
    const { policy } = await runtimeFor(deps);
    return c.json(await patchSource(deps, policy, c.get('actor'), c.req.valid('param').id, c.req.valid('json')));
  })
  .delete('/:id', validate('param', remove.params), async (c) => {
    await removeSource(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .post('/:id/run', validate('param', run.params), async (c) => {
    const deps = c.get('deps');
    const { engine } = await runtimeFor(deps);
    return c.json(await startRun(deps, engine, c.get('actor'), c.req.valid('param').id), 202);
  })
  .get('/:id/runs', validate('param', runs.params), async (c) => c.json({ runs: await listRuns(c.get('deps'), c.get('actor'), c.req.valid('param').id) }));
