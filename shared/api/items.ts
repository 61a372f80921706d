/** The items API's contract (/api/v1/items): the schemas the service validates and documents with. */
import * as v from 'valibot';
import { ItemFieldsSchema, ItemSchema } from '../schema.ts';
import { OpSetSchema, UuidSchema } from '../sync/op.ts';

/** POST /items: the item's client fields, `kind` and `title` required, `id` optional (made by the server otherwise). */
export const CreateItemBodySchema = v.strictObject({
  id: v.optional(UuidSchema),
  ...v.partial(ItemFieldsSchema).entries,
  kind: ItemFieldsSchema.entries.kind,
  title: ItemFieldsSchema.entries.title,
});

/** PATCH /items/:id: like an op's `set`. */
export const PatchItemBodySchema = OpSetSchema;

export const ItemListSchema = v.object({ items: v.array(ItemSchema) });
