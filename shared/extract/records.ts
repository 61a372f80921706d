/**
 * Data records of a listing (the MDR/DEPTA idea): an event calendar or an overview repeats one structure per entry —
 * sibling containers under one parent with the same tag and class tokens (`<div class="termin">` × n, `<article
 * class="news-item">` × n), each holding a date and a name. Such a run of siblings is a set of records, and each record
 * is one candidate unit, whatever headings stand inside it (a date box above the heading belongs to its record, not to
 * the heading before it).
 *
 * Linear in the number of blocks and their ancestors: one climb per block that stops at the first element already
 * seen (every element is climbed once), one pass that groups each element's children by signature, one post-order
 * pass over the elements that hold blocks. No sibling is compared with another; signatures are counted.
 */
import type { Block } from './blocks.ts';
import type { DocNode } from './page.ts';

/** A record: the blocks of one repeated container, in page order (consecutive blocks). */
export interface DataRecord {
  node: DocNode;
  blocks: Block[];
}

/** Containers that can be a listing's record; list entries and table cells have their own segmentation. */
const RECORD_TAGS = new Set(['div', 'article', 'section', 'aside', 'details']);
/** Class tokens that mark a state or a position, not the kind of element ("odd", "first", "is-active"). */
const STATE_TOKEN = /^(?:is-|has-|js-)|^(?:active|current|selected|open|closed|hidden|visible|first|last|odd|even|clearfix|row|col)$/;

/** The kind of an element: its tag and its class tokens without numbers and states, sorted. */
export function signatureOf(node: DocNode): string {
  const classes = (node.attrs.class ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !/\d/.test(t) && !STATE_TOKEN.test(t))
    .sort();
  return `${node.tag}.${classes.join('.')}`;
}

/**
 * The records of the page's listings: in every run of ≥ 2 same-signature sibling containers, the members for which
 * `isEntry` holds (a date and a name), when at least two do. A container that holds records of its own is no record:
 * its inner records are (an outer box of two columns, a day that lists its sessions). Records never overlap.
 */
export function findRecords(blocks: Block[], isEntry: (blocks: Block[]) => boolean): DataRecord[][] {
  // the elements above the blocks: each climbed once, children listed in page order of their first block
  const children = new Map<DocNode, DocNode[]>();
  const own = new Map<DocNode, Block[]>();
  const seen = new Set<DocNode>();
  const tops: DocNode[] = [];
  for (const b of blocks) {
    const at = own.get(b.node);
    if (at) at.push(b);
    else own.set(b.node, [b]);
    for (let n: DocNode | null = b.node; n && !seen.has(n); n = n.parent) {
      seen.add(n);
      if (!n.parent) {
        tops.push(n);
        break;
      }
      const siblings = children.get(n.parent);
      if (siblings) siblings.push(n);
      else children.set(n.parent, [n]);
    }
  }
  // post-order: each element's first and last block, and whether records stand below it
  const first = new Map<DocNode, number>();
  const last = new Map<DocNode, number>();
  const holdsRecords = new Set<DocNode>();
  const sets: DataRecord[][] = [];
  const byId = new Map(blocks.map((b, i) => [b.id, i]));
  const stack: Array<[DocNode, boolean]> = tops.map((t) => [t, false]);
  while (stack.length) {
    const [node, expanded] = stack.pop()!;
    const kids = children.get(node) ?? [];
    if (!expanded) {
      stack.push([node, true]);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
      continue;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const b of own.get(node) ?? []) {
      const i = byId.get(b.id)!;
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
    for (const k of kids) {
      lo = Math.min(lo, first.get(k)!);
      hi = Math.max(hi, last.get(k)!);
      if (holdsRecords.has(k)) holdsRecords.add(node);
    }
    first.set(node, lo);
    last.set(node, hi);
    // the children of a finished element: runs of one signature, the entries among them
    const bySignature = new Map<string, DocNode[]>();
    for (const k of kids) {
      if (!RECORD_TAGS.has(k.tag) || holdsRecords.has(k)) continue;
      const sig = signatureOf(k);
      const run = bySignature.get(sig);
      if (run) run.push(k);
      else bySignature.set(sig, [k]);
    }
    for (const run of bySignature.values()) {
      if (run.length < 2) continue;
      const records = run.map((k) => ({ node: k, blocks: blocks.slice(first.get(k)!, last.get(k)! + 1) })).filter((r) => isEntry(r.blocks));
      if (records.length < 2) continue;
      sets.push(records);
      holdsRecords.add(node);
    }
  }
  return sets;
}
