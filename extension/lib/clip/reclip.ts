/**
 * A re-clip of a page already on the list: the saved item against what the page says now, field by field (pure).
 * The saved item is where an update starts; each difference is offered as a change the user may accept, and only
 * accepted changes reach the item. Two rules keep corrections safe:
 * - a page that names no value (no organizer found this time) offers nothing: silence on a page is not a removal;
 * - a saved deadline is never removed here: a page deadline is offered as an addition, or as a move of the saved
 *   deadline of the same stage (paired by kind and label first, as shared/alerts/changes.ts does, then by kind where
 *   one of the two has no label).
 *   A deadline already saved at the same date and time is the same deadline, whatever label or kind the user gave it.
 */
import type { Deadline, Item } from '../../../shared/schema.ts';
import { canonicalJson } from '../../../shared/sync/canonical.ts';
import { CLIP_FIELDS, type ClipFields, type DraftItem } from './draft.ts';

/** The fields compared one value at a time, in the order the update view lists them (the page's address is the item's key, not a value to offer). */
export const VALUE_FIELDS = ['kind', 'title', 'start', 'end', 'location', 'organizer', 'programme', 'amount', 'summary', 'tags'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

export type ValueChange = { [K in ValueField]: { id: K; type: 'value'; field: K; from: ClipFields[K]; to: ClipFields[K] } }[ValueField];
export type DeadlineAdded = { id: string; type: 'deadline-added'; deadline: Deadline };
export type DeadlineMoved = { id: string; type: 'deadline-moved'; from: Deadline; to: Deadline };
/** One difference between the saved item and the page as it reads now. */
export type FieldChange = ValueChange | DeadlineAdded | DeadlineMoved;

/** The clip fields of a saved item: where an update starts. */
export function savedFields(item: Item): ClipFields {
  const fields = {} as Record<string, unknown>;
  for (const key of CLIP_FIELDS) fields[key] = item[key];
  return fields as ClipFields;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
/** When a deadline falls: date, time and zone — its identity for a re-clip (labels and kinds are the user's). */
const when = (d: Deadline) => `${d.date}T${d.time ?? ''}~${d.tz ?? ''}`;
const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the page says now that differs from the saved item, as changes to accept one by one. */
export function pageChanges(saved: ClipFields, page: ClipFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of VALUE_FIELDS) {
    if (isEmpty(page[field])) continue;
    // tags only grow: the page's tags are offered on top of the team's own
    const to = field === 'tags' ? [...new Set([...saved.tags, ...page.tags])] : page[field];
    if (!same(saved[field], to)) changes.push({ id: field, type: 'value', field, from: saved[field], to } as ValueChange);
  }
  return [...changes, ...deadlineChanges(saved.deadlines, page.deadlines)];
}

function deadlineChanges(saved: Deadline[], page: Deadline[]): FieldChange[] {
  const savedWhen = new Set(saved.map(when));
  const seen = new Set<string>();
  const added = page.filter((d) => !savedWhen.has(when(d)) && !seen.has(when(d)) && seen.add(when(d)));
  const pageWhen = new Set(page.map(when));
  const movable = saved.filter((d) => !pageWhen.has(when(d)));
  const moves = new Map<Deadline, Deadline>();
  const pair = (match: (from: Deadline, to: Deadline) => boolean) => {
    for (const to of added) {
      if (moves.has(to)) continue;
      const at = movable.findIndex((from) => match(from, to));
      if (at < 0) continue;
      moves.set(to, movable[at]);
      movable.splice(at, 1);
    }
  };
  pair((from, to) => from.kind === to.kind && sameLabel(from.label, to.label));
  // two different labels name two deadlines ("Interne Frist" added by hand is no earlier "Antragsfrist")
  pair((from, to) => from.kind === to.kind && (from.label.trim() === '' || to.label.trim() === ''));
  return added.map((to): FieldChange => {
    const from = moves.get(to);
    if (!from) return { id: `deadline:+${when(to)}`, type: 'deadline-added', deadline: to };
    // a move keeps what the user gave the deadline (label, kind) and takes only the page's date and time
    const { time: _time, tz: _tz, ...kept } = from;
    const moved: Deadline = { ...kept, label: from.label || to.label, date: to.date, ...(to.time ? { time: to.time } : {}), ...(to.tz ? { tz: to.tz } : {}) };
    return { id: `deadline:${when(from)}>${when(to)}`, type: 'deadline-moved', from, to: moved };
  });
}

/** `fields` with `change` applied (accept) or taken back to the saved value (revert); other fields stay as they are. */
export function applyChange(fields: ClipFields, change: FieldChange, accept: boolean): ClipFields {
  if (change.type === 'value') return { ...fields, [change.field]: accept ? change.to : change.from };
  if (change.type === 'deadline-added') {
    const key = when(change.deadline);
    const rest = fields.deadlines.filter((d) => when(d) !== key);
    return { ...fields, deadlines: accept ? [...rest, change.deadline] : rest };
  }
  const [out, back] = accept ? [change.from, change.to] : [change.to, change.from];
  return { ...fields, deadlines: fields.deadlines.map((d) => (when(d) === when(out) && d.kind === out.kind ? back : d)) };
}

/** The fields of `fields` that differ from `saved`: what an update op sets. */
export function fieldDifferences(saved: ClipFields, fields: ClipFields): Partial<ClipFields> {
  const next: Record<string, unknown> = {};
  for (const key of CLIP_FIELDS) if (!same(saved[key], fields[key])) next[key] = fields[key];
  return next as Partial<ClipFields>;
}

/** The sentence the page gave for each of `deadlines` (same order), where the page names that deadline now. */
export function pageEvidence(deadlines: Deadline[], page: Pick<DraftItem, 'fields' | 'evidence'>): (string | null)[] {
  const sentences = new Map(page.fields.deadlines.map((d, i) => [when(d), page.evidence.deadlines[i] ?? null]));
  return deadlines.map((d) => sentences.get(when(d)) ?? null);
}
