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
      const records = run.map((k) => ({ node: k, blocks: blocks.slice(first.get(k)!, last.get(k)! + 1) })).filter((r) => isOne(r.blocks) && isEntry(r.blocks));
      if (records.length < 2) continue;
      sets.push(records);
      holdsRecords.add(node);
    }
    if (holdsRecords.has(node)) continue;
    // records without a container of their own: runs of siblings that each open with a title line of one kind
    const runs = titledRuns(kids, own, children).map((run) => ({ node: run[0], blocks: blocks.slice(first.get(run[0])!, last.get(run[run.length - 1])! + 1) })).filter((r) => isOne(r.blocks) && isEntry(r.blocks));
    if (runs.length >= 2) {
      sets.push(runs);
      holdsRecords.add(node);
    }
  }
  return sets;
}

/**
 * Whether a container's blocks can be one record: not a data table's row (its cells are read as rows by segmentation),
 * and not a box of several entries (two headings of one level: a newsletter row with its items).
 */
function isOne(blocks: Block[]): boolean {
  if (blocks.some((b) => b.cell)) return false;
  const levels = new Set<number>();
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    if (levels.has(b.level)) return false;
    levels.add(b.level);
  }
  return true;
}

/**
 * A newsletter's entries inside one cell: "<p class=hl>Title</p><p>…</p><p>…</p><p class=hl>Title</p>…". The opener is
 * a one-line element of a kind (tag and classes; a paragraph that is all bold counts as its own kind) that repeats
 * among the siblings and never follows itself; each run goes from one opener to the next. Siblings with headings among
 * them are left to the sections, definition lists and table cells to their own reading. The runs of the first such
 * kind, in page order.
 */
function titledRuns(kids: DocNode[], own: Map<DocNode, Block[]>, children: Map<DocNode, DocNode[]>): DocNode[][] {
  // siblings with headings among them are sections: their headings open the entries
  if (kids.some((k) => /^h[1-6]$/.test(k.tag))) return [];
  const kindOf = kids.map((k) => {
    const line = own.get(k);
    if (!line || line.length !== 1 || children.has(k) || /^(?:td|th|li|dt|dd)$/.test(k.tag)) return null;
    const b = line[0];
    if (b.text.length > 160 || b.text.includes('\n')) return null;
    return `${signatureOf(k)}${b.lead !== undefined && b.lead === b.text ? '+bold' : ''}`;
  });
  const count = new Map<string, number>();
  const adjacent = new Set<string>();
  kindOf.forEach((kind, i) => {
    if (kind === null) return;
    count.set(kind, (count.get(kind) ?? 0) + 1);
    if (kindOf[i - 1] === kind) adjacent.add(kind);
  });
  // a plain paragraph is the body, not an opener
  const opener = kindOf.find((kind) => kind !== null && kind !== 'p.' && count.get(kind)! >= 2 && !adjacent.has(kind));
  if (!opener) return [];
  const runs: DocNode[][] = [];
  kids.forEach((k, i) => {
    if (kindOf[i] === opener) runs.push([k]);
    else runs[runs.length - 1]?.push(k);
  });
  return runs;
}
