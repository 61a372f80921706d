/**
 * What a record of a listing looks like: the repeating element, one per saved item, that holds the item's title —
 * found as the children of one parent, of one tag (and class), each holding one of the saved titles.
 */
import { clean, descendants, type DocNode } from '../page.ts';
import { pathTo } from './path.ts';
import { boundedText } from './rows.ts';
import type { Step } from './schema.ts';

const MAX_SCAN = 50_000;

/** The path of a listing's records (its last step's position is any), or null when the saved titles share none. */
export function deriveRecord(root: DocNode, titles: string[]): Step[] | null {
  const wanted = new Set(titles.map(clean).filter(Boolean));
  if (wanted.size < 2) return null;
  const holders: DocNode[] = [];
  let seen = 0;
  for (const node of descendants(root)) {
    if (++seen > MAX_SCAN) break;
    const text = boundedText(node, 500);
    if (text && wanted.has(text) && !holders.some((h) => isInside(node, h))) holders.push(node);
  }
  if (holders.length < 2) return null;
  // climb from the first two holders until they sit in sibling elements of one tag
  const ancestorsA = chain(holders[0]);
  const ancestorsB = new Set(chain(holders[1]));
  const common = ancestorsA.find((a) => ancestorsB.has(a));
  if (!common) return null;
  const record = (h: DocNode) => chain(h).find((a) => a.parent === common);
  const a = record(holders[0]);
  const b = record(holders[1]);
  if (!a || !b || a === b || a.tag !== b.tag) return null;
  const path = pathTo(a);
  if (!path) return null;
  const last = path[path.length - 1];
  const shared = last.classes.filter((c) => (b.attrs.class ?? '').toLowerCase().split(/\s+/).includes(c));
  return [...path.slice(0, -1), { tag: last.tag, classes: shared, nth: 1 }];
}

function chain(node: DocNode): DocNode[] {
  const out: DocNode[] = [];
  for (let n: DocNode | null = node; n; n = n.parent) out.push(n);
  return out;
}

function isInside(node: DocNode, ancestor: DocNode): boolean {
  for (let n: DocNode | null = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
