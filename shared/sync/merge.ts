/**
 * Field-level last-writer-wins (DESIGN.md "Sync protocol"): a field is written only if the op's hlc is greater
 * than the hlc stored for that field; a field no op has set yet has no hlc, so any op sets it.
 * Pure and deterministic: the service applies pushes with it and the extension reuses it.
 */
import { itemDefaults, type ItemField, type ItemFields } from '../schema.ts';
import { canonicalJson } from './canonical.ts';
import type { OpSet } from './op.ts';

/** An item's mergeable state: its field values and, per field, the hlc of the op that wrote it. */
export interface ItemState {
  fields: ItemFields;
  hlcs: Partial<Record<ItemField, string>>;
}

export type MergeResult =
  | {
      ok: true;
      state: ItemState;
      /** fields whose value changed (a change needs a new rev) */
      changed: ItemField[];
      /** fields whose hlc moved, value changed or not (the state must be stored) */
      touched: ItemField[];
      created: boolean;
    }
  | { ok: false; error: string };

/** Applies one op (its hlc and set) to an item's state, or creates the item when there is none. */
export function mergeOp(current: ItemState | null, op: { hlc: string; set: OpSet }): MergeResult {
  const keys = Object.keys(op.set) as ItemField[];
  if (!current) {
    const { kind, title } = op.set;
    if (kind === undefined || title === undefined) {
      return { ok: false, error: 'an op on an unknown item creates it and must set kind and title' };
    }
    const fields = { ...itemDefaults(kind), ...op.set, kind, title } as ItemFields;
    const hlcs: ItemState['hlcs'] = {};
    for (const key of keys) hlcs[key] = op.hlc;
    return { ok: true, state: { fields, hlcs }, changed: keys, touched: keys, created: true };
  }
  const fields = { ...current.fields };
  const hlcs = { ...current.hlcs };
  const changed: ItemField[] = [];
  const touched: ItemField[] = [];
  for (const key of keys) {
    const stored = hlcs[key];
    if (stored !== undefined && !(op.hlc > stored)) continue;
    const value = op.set[key];
    if (canonicalJson(value) !== canonicalJson(fields[key])) {
      (fields as Record<string, unknown>)[key] = value;
      changed.push(key);
    }
    hlcs[key] = op.hlc;
    touched.push(key);
  }
  return { ok: true, state: { fields, hlcs }, changed, touched, created: false };
}
