/**
 * From the preview form to ops: a new item per checked draft, or only the fields an update changed (and its undo).
 */
import * as v from 'valibot';
import { v7 as uuidv7 } from 'uuid';
import { ItemFieldsSchema } from '../../../shared/schema.ts';
import type { Change, FieldChanges } from '../sync/ops.ts';
import { CLIP_FIELDS, type ClipFields } from './draft.ts';
import { fieldDifferences } from './reclip.ts';

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

/** A clip's fields as they are saved (trimmed and normalised by the schema); throws when invalid. */
export const cleanClip = (fields: ClipFields): ClipFields => v.parse(ClipFieldsSchema, fields);

/** The op contents for a new item from a clip. */
export function newItemChange(fields: ClipFields, makeId: () => string = uuidv7): Change {
  const clean = cleanClip(fields);
  return { itemId: makeId(), set: { ...clean, status: 'new', watch: clean.kind === 'call', notes: '', assignee: null, deleted: false } };
}

/** What saving an update sends, and the change that undoes it ("Rückgängig"). */
export interface UpdateSave {
  change: Change;
  undo: Change;
}

/**
 * The op contents of an update that started from `saved` (the item as the update view showed it): only the fields the
 * user changed or accepted, so a colleague's edit of another field meanwhile stays; null when nothing changed.
 * `current` is the item as it is now: undoing restores exactly what the update replaced.
 */
export function updateChange(itemId: string, saved: ClipFields, fields: ClipFields, current: ClipFields = saved): UpdateSave | null {
  const clean = v.parse(ClipFieldsSchema, fields);
  const next = fieldDifferences(saved, clean);
  const keys = Object.keys(next) as (keyof ClipFields)[];
  if (keys.length === 0) return null;
  const previous = Object.fromEntries(keys.map((key) => [key, current[key]])) as FieldChanges;
  return { change: { itemId, set: next as FieldChanges }, undo: { itemId, set: previous } };
}
