/**
 * The dashboard's item editor as pure functions: which fields it edits, their validation with the shared schema
 * (messages in the UI language per field) and the one op a save sends — only the fields that really changed.
 */
import * as v from 'valibot';
import { ItemFieldsSchema, type Item, type ItemFields, type ItemKind } from '../../../shared/schema.ts';
import { canonicalJson } from '../../../shared/sync/canonical.ts';
import type { FieldChanges } from '../../lib/sync/ops.ts';

/** Everything the editor changes; status and assignee are changed in the list's row. */
export const EDIT_FIELDS = ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer', 'programme', 'amount', 'summary', 'url', 'watch', 'notes', 'tags'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export type EditFields = Pick<ItemFields, EditField>;

const EditFieldsSchema = v.pick(ItemFieldsSchema, [...EDIT_FIELDS]);
const NewItemSchema = v.pick(ItemFieldsSchema, ['kind', 'title']);

/** The editor's starting values: the item's fields. */
export function editFieldsOf(item: Item): EditFields {
  const out = {} as Record<EditField, unknown>;
  for (const key of EDIT_FIELDS) out[key] = item[key];
  return out as EditFields;
}

/** Field errors by field name ("form" when an issue names none); empty when the fields are valid. */
function errorsOf(result: { success: boolean; issues?: readonly v.BaseIssue<unknown>[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of result.success ? [] : (result.issues ?? [])) {
    const key = issue.path?.[0]?.key;
    errors[typeof key === 'string' ? key : 'form'] ??= issue.message;
  }
  return errors;
}

/** Validates the editor's fields with the shared schema. */
export function validateEdit(fields: EditFields): Record<string, string> {
  return errorsOf(v.safeParse(EditFieldsSchema, fields));
}

/** The fields of `next` that differ from the item, in the schema's output form (trimmed title); {} when nothing changed. */
export function changedFields(item: Item, next: EditFields): FieldChanges {
  const clean = v.parse(EditFieldsSchema, next);
  const set: Record<string, unknown> = {};
  for (const key of EDIT_FIELDS) if (canonicalJson(clean[key]) !== canonicalJson(item[key])) set[key] = clean[key];
  return set as FieldChanges;
}

/** Validates a new item without a page (kind and title). */
export function validateNewItem(fields: { kind: ItemKind; title: string }): Record<string, string> {
  return errorsOf(v.safeParse(NewItemSchema, fields));
}

/** The op contents that create an item without a page. */
export function newItemSet(fields: { kind: ItemKind; title: string }): FieldChanges {
  const clean = v.parse(NewItemSchema, fields);
  // nothing to re-check without a page: no watch
  return { kind: clean.kind, title: clean.title, watch: false };
}

/** Which message key explains a field's error (the schema's own messages are English and technical). */
export const ERROR_HINTS: Record<string, string> = {
  title: 'errorTitle',
  deadlines: 'errorDeadlines',
  url: 'errorUrl',
  start: 'errorDate',
  end: 'errorDate',
  summary: 'errorTooLong',
  notes: 'errorTooLong',
  location: 'errorTooLong',
  organizer: 'errorTooLong',
  programme: 'errorTooLong',
  amount: 'errorTooLong',
  tags: 'errorTags',
};
