/** /api/v1/items — the REST view of the watchlist; every write is a sync op made by the server. */
import { Hono } from 'hono';
import { ItemSchema } from '../../shared/schema.ts';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { describeRoute } from '../openapi.ts';
import { CreateItemBodySchema, ItemListSchema, PatchItemBodySchema } from '../../shared/api/items.ts';
import { IdParamSchema } from '../schemas.ts';
import { createItem, deleteItem, getItem, listItems, updateItem } from '../items/service.ts';
import { HISTORY_LIMIT, itemHistory, ItemHistorySchema } from '../items/history.ts';

const list = describeRoute({ method: 'get', path: '/', summary: "the team's live items", responses: { 200: { description: 'items', schema: ItemListSchema } } });
const get = describeRoute({
  method: 'get',
  path: '/:id',
  summary: 'one item',
  params: IdParamSchema,
  responses: { 200: { description: 'the item', schema: ItemSchema } },
});
const create = describeRoute({
  method: 'post',
  path: '/',
  summary: 'create an item (id made by the server unless given)',
  body: CreateItemBodySchema,
  responses: { 201: { description: 'the item', schema: ItemSchema }, 409: { description: "the id is taken — the same answer for the team's own and another team's id (ids are global; it never says whose)" } },
});
const patch = describeRoute({
  method: 'patch',
  path: '/:id',
  summary: 'set fields of an item',
  params: IdParamSchema,
  body: PatchItemBodySchema,
  responses: { 200: { description: 'the item', schema: ItemSchema } },
});
const remove = describeRoute({
  method: 'delete',
  path: '/:id',
  summary: 'delete an item (a tombstone, visible in pull)',
  params: IdParamSchema,
  responses: { 204: { description: 'deleted' } },
});
const history = describeRoute({
  method: 'get',
  path: '/:id/history',
  summary: `who changed which fields of an item, when (newest first, at most ${HISTORY_LIMIT})`,
  params: IdParamSchema,
  responses: { 200: { description: 'the changes', schema: ItemHistorySchema } },
});
export const itemsDocs = [list, get, create, patch, remove, history];

export const items = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ items: await listItems(c.get('deps'), c.get('actor')) }))
  .post('/', validate('json', create.body), async (c) => c.json(await createItem(c.get('deps'), c.get('actor'), c.req.valid('json')), 201))
  .get('/:id/history', validate('param', history.params), async (c) => c.json(await itemHistory(c.get('deps'), c.get('actor'), c.req.valid('param').id)))
  .get('/:id', validate('param', get.params), async (c) => c.json(await getItem(c.get('deps'), c.get('actor'), c.req.valid('param').id)))
  .patch('/:id', validate('param', patch.params), validate('json', patch.body), async (c) =>
    c.json(await updateItem(c.get('deps'), c.get('actor'), c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/:id', validate('param', remove.params), async (c) => {
    await deleteItem(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
