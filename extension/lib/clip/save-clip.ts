/**
 * From the preview form to ops: a new item per checked draft, or only the changed fields of the item already on the list.
 */
import * as v from 'valibot';
import { v7 as uuidv7 } from 'uuid';
import { ItemFieldsSchema, type Item } from '../../../shared/schema.ts';
import type { Change, FieldChanges } from '../sync/ops.ts';
import { CLIP_FIELDS, type ClipFields } from './draft.ts';

const ClipFieldsSchema = v.pick(ItemFieldsSchema, [...CLIP_FIELDS]);

/** Field errors of a clip, by field name (empty when valid). */
export function validateClip(fields: ClipFields): Record<string, string> {
  const result = v.safeParse(ClipFieldsSchema, fields);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    errors[typeof key === 'string' ? key : 'form'] ??= issue.message;
  }
  return errors;
}

/** The op contents for a new item from a clip. */
export function newItemChange(fields: ClipFields, makeId: () => string = uuidv7): Change {
  const clean = v.parse(ClipFieldsSchema, fields);
  return { itemId: makeId(), set: { ...clean, status: 'new', watch: clean.kind === 'call', notes: '', assignee: null, deleted: false } };
}

/** The op contents that bring `existing` up to date with a new clip of its page; null when nothing changed. */
export function updateChange(existing: Item, fields: ClipFields): Change | null {
  const clean = v.parse(ClipFieldsSchema, fields);
  const set: FieldChanges = {};
  for (const key of CLIP_FIELDS) {
    const next = key === 'tags' ? [...new Set([...existing.tags, ...clean.tags])] : clean[key];
    if (JSON.stringify(next) !== JSON.stringify(existing[key])) (set as Record<string, unknown>)[key] = next;
  }
  return Object.keys(set).length > 0 ? { itemId: existing.id, set } : null;
}
