/**
 * Where on the page a text field's value stands, for the fields the extractor was unsure of (issue 10, item 6): the
 * shortest block of the page (paragraph, list entry, cell, heading) whose text holds the value — the sentence the user
 * checks it against. The extractor gives sentences for dates only; this finds them for title, place, organizer.
 * The blocks are found in the clip's snapshot (page-blocks.ts), only when a field needs them; a sentence is cut to
 * MAX_CHARS around the value.
 */
import { UNCERTAIN_BELOW } from './uncertain.ts';
import type { DraftItem, EvidencedField } from './draft.ts';

export const MAX_CHARS = 300;
const FIELDS: EvidencedField[] = ['title', 'location', 'organizer', 'programme', 'amount'];

/** Letters and digits only, lower case, single spaces: „Eine-Welt Stadt Köln“ and Eine-Welt Stadt Köln read alike. */
const loose = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The shortest block holding `value` (case, quotes and punctuation aside), cut around it to MAX_CHARS; null when none does. */
export function sentenceFor(blocks: readonly string[], value: string): string | null {
  const wanted = loose(value);
  if (!wanted.trim()) return null;
  let best: string | null = null;
  for (const text of blocks) if ((best === null || text.length < best.length) && loose(text).includes(wanted)) best = text;
  if (best === null || best.length <= MAX_CHARS) return best;
  // cut around the value's first word as the page writes it
  const first = wanted.trim().split(' ')[0];
  const found = best.toLowerCase().indexOf(first);
  const at = Math.max(0, found - Math.floor((MAX_CHARS - value.length) / 2));
  return `${at > 0 ? '…' : ''}${best.slice(at, at + MAX_CHARS).trim()}${at + MAX_CHARS < best.length ? '…' : ''}`;
}

/** The item with the page's sentence for each uncertain text field, looked up in the page's block texts (read once, when first needed). */
export function withFieldEvidence(items: DraftItem[], blocksOf: () => readonly string[]): DraftItem[] {
  let read: readonly string[] | undefined;
  const blocks = () => (read ??= blocksOf());
  return items.map((item) => {
    const fields: Partial<Record<EvidencedField, string>> = {};
    for (const field of FIELDS) {
      const value = item.fields[field];
      if (!value || !((item.confidence[field] ?? 1) < UNCERTAIN_BELOW)) continue;
      const sentence = sentenceFor(blocks(), value);
      if (sentence) fields[field] = sentence;
    }
    return Object.keys(fields).length ? { ...item, evidence: { ...item.evidence, fields } } : item;
  });
}
