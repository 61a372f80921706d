/**
 * An op — the only way a client changes items (DESIGN.md "Sync protocol"):
 * `{ opId, itemId, hlc, set }` where `set` is a strict, non-empty partial of the item's client fields.
 * Server-owned fields, unknown fields and prototype keys are refused by the strict schema.
 */
import * as v from 'valibot';
import { ItemFieldsSchema, type ItemFields } from '../schema.ts';
import { HlcSchema } from './hlc.ts';

/** A UUID, compared and stored lower-case so one item never gets two spellings. */
export const UuidSchema = v.pipe(v.string(), v.uuid('must be a UUID'), v.toLowerCase());

/** The fields an op sets: a strict partial of the item's client fields, at least one. */
export const OpSetSchema = v.pipe(
  v.partial(ItemFieldsSchema),
  v.check((set) => Object.keys(set).length > 0, 'must set at least one field'),
);

export const OpSchema = v.strictObject({
  opId: UuidSchema,
  itemId: UuidSchema,
  hlc: HlcSchema,
  set: OpSetSchema,
});

export type Op = v.InferOutput<typeof OpSchema>;
export type OpSet = Partial<ItemFields>;
