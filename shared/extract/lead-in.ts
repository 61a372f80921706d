/**
 * The words that introduce a list: the heading right above it ("Die nächsten Eingabefristen", "Key dates") or the
 * paragraph that leads into it with a colon ("… Proposals can now be submitted until the following dates:"). A list
 * entry that is only a date, or opens with a date and says what it is for ("7 May 2020 – Key Action 1, Youth mobility
 * projects"), carries no cue of its own: its cue words stand in the lead-in, the way a table's column header names its cells.
 * Pure; one pass over the blocks.
 */
import type { Block } from './blocks.ts';


/** The lead-in of each list entry's list, by the entry's block id (only entries with one). */
export function listLeadIns(blocks: readonly Block[]): Map<number, string> {
  const out = new Map<number, string>();
  let lead: string | undefined;
  let listId: number | undefined;
  let previous: Block | undefined;
  for (const b of blocks) {
    if (b.type === 'item' && b.list) {
      // the list's lead-in is the block right before its first entry; a nested or later list keeps the one it had
      if (b.list.id !== listId) {
        if (previous?.type !== 'item') lead = previous ? leadInText(previous) : undefined;
        listId = b.list.id;
      }
      if (lead) out.set(b.id, lead);
    } else {
      listId = undefined;
      lead = undefined;
    }
    previous = b;
  }
  return out;
}

/** A heading's text, or the last sentence of a paragraph that ends with a colon; else no lead-in. */
function leadInText(b: Block): string | undefined {
  if (b.type === 'heading') return b.text;
  if (b.type !== 'text' || !/:\s*$/.test(b.text)) return undefined;
  const text = b.text.trim();
  // the sentence after the last full stop, "!" or "?" that ends one ("… 2022 geplant. Schon im Januar stellt … vor:")
  const start = text.search(/[.!?]\s+(?=[^.!?]*:$)/u);
  return start < 0 ? text : text.slice(start + 1).trim();
}
