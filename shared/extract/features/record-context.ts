/**
 * What the listing around a block lists — the data-record mining idea (MDR, DEPTA) read for one block: a listing
 * repeats one structure per entry (list entries, table rows, sibling containers with the same tag and class tokens),
 * and what its other records name tells what kind of listing it is — a calendar's records name events ("Vortrag",
 * "Workshop"), an overview of funding rounds names calls ("Förderaufruf", "Preis"). A date no cue explains reads as
 * an event in the first and as a call's date in the second. Features (binary, no names): how many of the other
 * records of the block's record group name an event, and how many a call (none, some, most).
 *
 * The block's record is its list entry, its table row, or the lowest of at most `DEPTH` elements above it whose
 * siblings of its signature hold dates too (else the lowest whose signature repeats at all, else its own element).
 * Measured and left out (docs/extraction.md, "Event lines: the listing's records"): the records' structure itself —
 * how many repeat, dated alike, shaped alike, timed, sentences per block, the share of dates in their text — which
 * took the decision's precision down.
 *
 * Linear in the page: every block adds what it holds to its record (its list entry, its table row, or each of at most
 * `DEPTH` ancestors), the records are grouped by parent and signature in one pass over them, and a block's features
 * read its group's totals less its own record's share. No block is compared with another.
 */
import type { Block } from '../blocks.ts';
import { cueWordsOf } from '../cues/scan.ts';
import type { CueSet } from '../cues/types.ts';
import type { DateFact } from '../facts.ts';
import type { DocNode } from '../page.ts';
import { signatureOf } from '../records.ts';

/** How far above a block its record is looked for (a date box inside a title box inside the record). */
const DEPTH = 5;

/** What one record holds, added up from its blocks. */
interface Held {
  dated: boolean;
  /** an event noun, a call noun in its text */
  event: boolean;
  call: boolean;
}

/** What a group of sibling records holds, totalled once. */
interface Group {
  records: number;
  dated: number;
  events: number;
  calls: number;
}

/** The listing features of the page's blocks: call the result with a block. */
export function recordContext(blocks: Block[], datesOf: Map<number, DateFact[]>, cues: CueSet[]): (b: Block) => string[] {
  const held = new Map<unknown, Held>();
  const signature = new Map<DocNode, string>();
  const add = (key: unknown, own: Held) => {
    const h = held.get(key);
    if (!h) held.set(key, { ...own });
    else {
      h.dated ||= own.dated;
      h.event ||= own.event;
      h.call ||= own.call;
    }
  };
  // every record a block may stand in: its list entry, its table row, its element and the elements above it
  const climb = new Map<number, DocNode[]>();
  for (const b of blocks) {
    // the nouns asked through the block's one scan of cue words (cues/scan.ts): the patterns run only where their words stand
    const words = cueWordsOf(b.text);
    const own = { dated: (datesOf.get(b.id) ?? []).length > 0, event: cues.some((c) => words.test(c.eventNouns)), call: cues.some((c) => words.test(c.callNouns)) };
    const key = ownRecord(b);
    if (key) {
      add(key, own);
      continue;
    }
    const path: DocNode[] = [];
    for (let n: DocNode | null = b.node, d = 0; n && n.parent && d < DEPTH; n = n.parent, d++) {
      path.push(n);
      if (!signature.has(n)) signature.set(n, signatureOf(n));
      add(n, own);
    }
    climb.set(b.id, path);
  }
  // groups: a list's entries, a table's rows, the children of one parent with one signature
  const groupOf = new Map<Held, Group>();
  const groups = new Map<unknown, Map<string, Group>>();
  for (const [key, h] of held) {
    const [outer, inner] = typeof key === 'string' ? [key.slice(0, key.indexOf(':')), ''] : [(key as DocNode).parent, signature.get(key as DocNode)!];
    const byInner = groups.get(outer) ?? new Map<string, Group>();
    groups.set(outer, byInner);
    const g = byInner.get(inner) ?? { records: 0, dated: 0, events: 0, calls: 0 };
    byInner.set(inner, g);
    groupOf.set(h, g);
    g.records++;
    if (h.dated) g.dated++;
    if (h.event) g.events++;
    if (h.call) g.calls++;
  }
  const groupFor = (key: unknown) => groupOf.get(held.get(key)!)!;
  return (b: Block) => {
    let key: unknown = ownRecord(b);
    if (!key) {
      // the lowest element whose siblings of its signature are dated too (a listing's record), else the lowest that repeats
      const path = climb.get(b.id) ?? [];
      key = path.find((n) => groupFor(n).dated >= 2) ?? path.find((n) => groupFor(n).records >= 2) ?? path[0];
    }
    if (key === undefined) return [];
    const mine = held.get(key)!;
    const g = groupFor(key);
    const others = g.records - 1;
    if (!others) return [];
    const share = (n: number) => (!n ? 'none' : n * 2 < others ? 'some' : 'most');
    return [`rec-events:${share(g.events - (mine.event ? 1 : 0))}`, `rec-calls:${share(g.calls - (mine.call ? 1 : 0))}`];
  };
}

/** A list entry's or a table row's key ("l3:0", "t1:2"); header rows are no record. */
function ownRecord(b: Block): string | undefined {
  if (b.list) return `l${b.list.id}:${b.list.index}`;
  if (b.cell && !b.cell.header) return `t${b.cell.table}:${b.cell.row}`;
  return undefined;
}
