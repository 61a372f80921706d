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
const RECORD_TAGS = new Set(['div', 'article', 'section', 'aside', 'details', 'tr']);
/** Class tokens that mark a state or a position, not the kind of element ("odd", "first", "is-active", "views-row-last"). */
const STATE_TOKEN = /^(?:is-|has-|js-)|(?:^|[-_])(?:active|current|selected|open|closed|hidden|visible|first|last|odd|even)$|^(?:clearfix|row|col)$/;

/** The kind of an element: its tag and its class tokens without numbers and states, sorted. */
export function signatureOf(node: DocNode): string {
  const classes = (node.attrs.class ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !/\d/.test(t) && !STATE_TOKEN.test(t))
    .sort();
  return `${node.tag}.${classes.join('.')}`;
}

/** What segmentation knows of each block: whether it is dated, names something, or may stand in no record. */
export interface BlockTraits {
  /** a date that can anchor an item */
  dated: (b: Block) => boolean;
  /** words besides its dates (a name) */
  named: (b: Block) => boolean;
  /** a block no record may hold (one already in a unit, the page's own title) */
  excluded: (b: Block) => boolean;
  /** a heading that names a field of one item ("Termin", "Bewerbung"), not an entry */
  fieldHeading: (b: Block) => boolean;
  /** a date a cue explains as an event's or a deadline, or one with its clock time */
  anchored: (b: Block) => boolean;
}

/** What an element holds, gathered from its blocks and children: constant work per element. */
interface Held {
  first: number;
  last: number;
  /** how many of its blocks are dated, counted up to two */
  dated: number;
  anchored: boolean;
  named: boolean;
  excluded: boolean;
  /** heading levels seen (bit per level), and whether one level came twice (a box of several entries) */
  levels: number;
  twice: boolean;
  /** records stand below it */
  records: boolean;
}

/** What one block holds. */
function heldBy(b: Block, i: number, traits: BlockTraits): Held {
  const levels = b.type === 'heading' ? 1 << b.level : 0;
  return { first: i, last: i, dated: traits.dated(b) ? 1 : 0, anchored: traits.anchored(b), named: traits.named(b), excluded: traits.excluded(b), levels, twice: false, records: false };
}

/** Adds what a part holds (a block, a child) to what its element holds. */
function gather(h: Held, c: Held): void {
  h.first = Math.min(h.first, c.first);
  h.last = Math.max(h.last, c.last);
  h.dated = Math.min(2, h.dated + c.dated);
  h.anchored ||= c.anchored;
  h.named ||= c.named;
  h.excluded ||= c.excluded;
  h.twice ||= c.twice || (h.levels & c.levels) !== 0;
  h.levels |= c.levels;
  h.records ||= c.records;
}

/**
 * The records of the page's listings: in every run of ≥ 2 same-signature sibling containers, the members that hold a
 * dated and a named block and none excluded, when at least two do. A container that holds records of its own is no
 * record: its inner records are (an outer box of two columns, a day that lists its sessions); nor is one that holds two
 * headings of one level (a box of several entries, each under its heading: the sections read those). Records never
 * overlap.
 */
export function findRecords(blocks: Block[], traits: BlockTraits): DataRecord[][] {
  // the elements above the blocks: each climbed once, children listed in page order of their first block
  const children = new Map<DocNode, DocNode[]>();
  const own = new Map<DocNode, number[]>();
  const seen = new Set<DocNode>();
  const tops: DocNode[] = [];
  blocks.forEach((b, i) => {
    const at = own.get(b.node);
    if (at) at.push(i);
    else own.set(b.node, [i]);
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
  });
  // post-order over those elements: what each holds, from its own blocks and its children's
  const held = new Map<DocNode, Held>();
  const sets: DataRecord[][] = [];
  const stack: Array<[DocNode, boolean]> = tops.map((t) => [t, false]);
  while (stack.length) {
    const [node, expanded] = stack.pop()!;
    const kids = children.get(node) ?? [];
    if (!expanded) {
      stack.push([node, true]);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
      continue;
    }
    const h: Held = { first: Infinity, last: -Infinity, dated: 0, anchored: false, named: false, excluded: false, levels: 0, twice: false, records: false };
    for (const i of own.get(node) ?? []) gather(h, heldBy(blocks[i], i, traits));
    for (const k of kids) gather(h, held.get(k)!);
    held.set(node, h);
    // the children of a finished element: runs of one signature, the entries among them
    const bySignature = new Map<string, DocNode[]>();
    for (const k of kids) {
      const c = held.get(k)!;
      if (!RECORD_TAGS.has(k.tag) || c.records || c.twice || c.excluded || !c.dated || !c.named) continue;
      // a layout table's row (a newsletter's) is a record when it reads as one entry: a title line first (not a heading:
      // rows under headings are the sections'), then more lines, one of them dated (a row per line, a row of several
      // entries and a greeting are none)
      if (k.tag === 'tr' && (c.dated > 1 || c.last === c.first || !isTitleLine(blocks[c.first]))) continue;
      const sig = signatureOf(k);
      const run = bySignature.get(sig);
      if (run) run.push(k);
      else bySignature.set(sig, [k]);
    }
    for (const run of bySignature.values()) {
      if (run.length < 2) continue;
      sets.push(run.map((k) => ({ node: k, blocks: blocks.slice(held.get(k)!.first, held.get(k)!.last + 1) })));
      h.records = true;
    }
    // no containers in a newsletter's layout cell: runs of siblings that each open with a heading of one level (on a
    // web page such runs are the sections of one item, read by the sections)
    if (h.records || node.tag !== 'td') continue;
    const runs = headingRuns(kids, held, blocks, traits);
    if (runs.length >= 2) {
      sets.push(runs);
      h.records = true;
    }
  }
  return sets;
}

/** A paragraph that titles what follows: one short line that ends as no sentence or greeting does. */
function isTitleLine(b: Block): boolean {
  return b.type === 'text' && b.text.length <= 120 && !b.text.includes('\n') && !/[,.;:!?]$/.test(b.text);
}

/**
 * The entries of a run of siblings under headings of one level, each heading up to the next of its level or above
 * (the shallowest level that repeats among the siblings): those with a named block and none excluded, under a
 * heading that names no field, dated by a date a cue explains or by their heading. What stands before the first such heading is in no run. Constant work per
 * sibling.
 */
function headingRuns(kids: DocNode[], held: Map<DocNode, Held>, blocks: Block[], traits: BlockTraits): DataRecord[] {
  const levelOf = (k: DocNode) => (/^h[1-6]$/.test(k.tag) ? Number(k.tag[1]) : 0);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const k of kids) counts[levelOf(k)]++;
  // the shallowest repeated level whose runs hold no run of a deeper level (a rubric over its entries is no entry)
  for (let level = 1; level <= 6; level++) {
    if (counts[level] < 2) continue;
    const runs = runsAt(kids, level, levelOf);
    if (runs.some((run) => holdsRun(run, levelOf))) continue;
    const out: DataRecord[] = [];
    for (const run of runs) {
      const parts = run.map((k) => held.get(k)!);
      const heading = blocks[parts[0].first];
      if (traits.fieldHeading(heading) || parts.some((p) => p.excluded || p.records || p.twice) || !parts.some((p) => p.named)) continue;
      // its own date: one a cue explains (an event's, a deadline), or the one its heading carries
      if (!parts.some((p) => p.anchored) && !traits.dated(heading)) continue;
      out.push({ node: run[0], blocks: blocks.slice(parts[0].first, parts[parts.length - 1].last + 1) });
    }
    return out;
  }
  return [];
}

/** The runs of siblings from each heading of `level` to the next heading of that level or above. */
function runsAt(kids: DocNode[], level: number, levelOf: (k: DocNode) => number): DocNode[][] {
  const runs: DocNode[][] = [];
  // a heading above the level closes the run before it; what follows it is in no run until the next heading
  let open = false;
  for (const k of kids) {
    const l = levelOf(k);
    if (l === level) runs.push([k]);
    else if (l > 0 && l < level) open = false;
    else if (open) runs[runs.length - 1].push(k);
    if (l === level) open = true;
  }
  return runs;
}

/** Whether a run holds two headings of one deeper level: entries of their own. */
function holdsRun(run: DocNode[], levelOf: (k: DocNode) => number): boolean {
  const seen = new Set<number>();
  for (const k of run.slice(1)) {
    const l = levelOf(k);
    if (!l) continue;
    if (seen.has(l)) return true;
    seen.add(l);
  }
  return false;
}
