/**
 * The page snapshot as plain data, for the clip: the content script copies the page (page.ts `snapshot`) and hands it
 * to the extension page that runs `extract`. executeScript results cross as structured clones (Firefox) or as JSON-like
 * values whose nesting Chrome bounds, so the tree travels flat — elements in document order, each with its number of
 * children, no parent pointers, no nesting beyond an element's attributes — and is rebuilt on the other side.
 * Bounded: of a page larger than WIRE_MAX_NODES nodes or WIRE_MAX_CHARS characters of text and attributes only the
 * first part is copied (`cappedView` stops the copy at the bound, so a 20 MB page never becomes a 20 MB tree).
 * The snapshot is data: tags, kept attributes and text, never markup.
 */
import { KEPT_ATTRS, keepsText, MAX_DEPTH, OPAQUE, textOf, withoutSoftHyphens, type DocChild, type DocNode } from './page.ts';
import type { PageView, ViewElement } from './view.ts';

/** An element on the wire: its tag, its kept attributes (absent when none) and how many children follow it. */
export interface WireElement {
  t: string;
  a?: Record<string, string>;
  n: number;
}
/** The snapshot on the wire: the root element first, then each node in document order (text as a string). */
export interface WireSnapshot {
  nodes: Array<WireElement | string>;
  /** true when the page went past the bounds and its end was left out (cappedView) */
  cut?: boolean;
}

/** At most this many elements and text nodes are copied (a 1 MB agency page has some 40,000). */
export const WIRE_MAX_NODES = 250_000;
/** At most this many characters of text and attribute values are copied (a 1 MB agency page has some 400,000). */
export const WIRE_MAX_CHARS = 6_000_000;

/** A page view that gives no more than the snapshot's bounds, and says whether it cut the page there. */
export interface CappedView extends PageView {
  /** true once the page went past the bounds: what follows in document order was left out */
  cut(): boolean;
}

/**
 * `view`, counting what the snapshot reads through it: past the bounds it gives no more children and no more text, so
 * the snapshot ends with the part of the page that came first (its head, its heading and the start of its content).
 */
export function cappedView(view: PageView, maxNodes = WIRE_MAX_NODES, maxChars = WIRE_MAX_CHARS): CappedView {
  const bound: Bound = { nodes: maxNodes, chars: maxChars, cut: false };
  const root = new CappedElement(view.root(), bound);
  return { root: () => root, cut: () => bound.cut };
}

/** What is left of the bounds, shared by every element of one capped view. */
interface Bound {
  nodes: number;
  chars: number;
  cut: boolean;
}

/** `text` as far as the character bound allows. */
function take(bound: Bound, text: string): string {
  if (text.length <= bound.chars) {
    bound.chars -= text.length;
    return text;
  }
  bound.cut = true;
  const kept = text.slice(0, bound.chars);
  bound.chars = 0;
  return kept;
}

// a class, not closures: the snapshot wraps every element of the page, and the copy's time is the clip's
class CappedElement implements ViewElement {
  readonly tag: string;

  constructor(
    private readonly el: ViewElement,
    private readonly bound: Bound,
  ) {
    this.tag = el.tag;
  }

  attr(name: string): string | undefined {
    const value = this.el.attr(name);
    return value === undefined ? undefined : take(this.bound, value);
  }

  contents(): Array<ViewElement | string> {
    const bound = this.bound;
    if (bound.cut) return [];
    const contents = this.el.contents();
    if (contents.length > bound.nodes) {
      bound.cut = true;
      contents.length = bound.nodes;
    }
    bound.nodes -= contents.length;
    for (let i = 0; i < contents.length; i++) {
      const child = contents[i];
      contents[i] = typeof child === 'string' ? (bound.cut ? '' : take(bound, child)) : new CappedElement(child, bound);
    }
    return contents;
  }

  text(): string {
    return take(this.bound, this.el.text());
  }

  select(selector: string): ViewElement[] {
    return this.el.select(selector).map((el) => new CappedElement(el, this.bound));
  }
}

/** The snapshot tree as wire data (an explicit stack: the tree may nest MAX_DEPTH deep). */
export function toWire(root: DocNode, cut = false): WireSnapshot {
  const nodes: WireSnapshot['nodes'] = [];
  const stack: DocChild[] = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      nodes.push(next);
      continue;
    }
    const hasAttrs = Object.keys(next.attrs).length > 0;
    nodes.push(hasAttrs ? { t: next.tag, a: { ...next.attrs }, n: next.children.length } : { t: next.tag, n: next.children.length });
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return cut ? { nodes, cut } : { nodes };
}

/**
 * The snapshot tree back from wire data; throws on anything that is not a well-formed snapshot within the bounds.
 * Whatever the wire holds, the tree keeps what page.ts `snapshot` guarantees — the kept attributes only (in its order),
 * no soft hyphens, elements no deeper than MAX_DEPTH (deeper ones unwrapped into the element there), opaque elements
 * empty but a JSON-LD script's text — so `snapshot` of it is the same tree and `extract` may read it as it is
 * (ExtractInput `tree`).
 */
export function fromWire(wire: unknown): DocNode {
  const nodes = (wire as WireSnapshot | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0 || nodes.length > WIRE_MAX_NODES) throw new Error('malformed snapshot: no nodes, or too many');
  const root = element(nodes[0], null);
  // open elements, each with the node its children go into, how many it still expects, that node's depth and whether
  // they are an opaque element's content (dropped, or for a JSON-LD script appended to its one text)
  const open: Open[] = [opened(root, count(nodes[0]), 0)];
  for (let i = 1; i < nodes.length; i++) {
    while (open.length > 0 && open[open.length - 1].left === 0) open.pop();
    const top = open[open.length - 1];
    if (!top) throw new Error('malformed snapshot: nodes after the root closed');
    top.left--;
    const value = nodes[i];
    if (typeof value === 'string') {
      if (top.inside === null) top.into.children.push(withoutSoftHyphens(value));
      else if (top.inside) top.into.children[0] += value;
      continue;
    }
    const left = count(value);
    if (top.inside !== null) {
      // an element inside an opaque one: its texts belong to the opaque element's text (kept only for JSON-LD)
      element(value, null);
      open.push({ into: top.into, left, depth: top.depth, inside: top.inside });
      continue;
    }
    const tag = tagOf(value);
    if (top.depth >= MAX_DEPTH && !OPAQUE.has(tag)) {
      // too deep: its children go into the element at MAX_DEPTH, in document order (page.ts `snapshot`)
      element(value, null);
      open.push({ into: top.into, left, depth: top.depth, inside: null });
      continue;
    }
    const node = element(value, top.into);
    top.into.children.push(node);
    open.push(opened(node, left, top.depth + 1));
  }
  if (open.some(({ left }) => left > 0)) throw new Error('malformed snapshot: children missing');
  return root;
}

/** An open element while the tree is rebuilt (fromWire). */
interface Open {
  into: DocNode;
  left: number;
  depth: number;
  /** null: the children are page content; false: an opaque element's, dropped; true: a JSON-LD script's, its text */
  inside: boolean | null;
}

function opened(node: DocNode, left: number, depth: number): Open {
  if (!OPAQUE.has(node.tag)) return { into: node, left, depth, inside: null };
  // an opaque element is empty but a JSON-LD script, whose one text is all the text below it (as page.ts `shell`)
  const text = keepsText(node.tag, node.attrs);
  if (text) node.children.push('');
  return { into: node, left, depth, inside: text };
}

function tagOf(value: unknown): string {
  const raw = value as Partial<WireElement> | null;
  if (typeof raw !== 'object' || raw === null || typeof raw.t !== 'string') throw new Error('malformed snapshot element');
  return raw.t.toLowerCase();
}

function count(value: unknown): number {
  const n = (value as Partial<WireElement>).n;
  if (!Number.isSafeInteger(n) || n! < 0) throw new Error('malformed snapshot element');
  return n!;
}

/** A node from a wire element (its kept attributes only, in page.ts's order); throws when it is not one. */
function element(value: unknown, parent: DocNode | null): DocNode {
  const tag = tagOf(value);
  count(value);
  const raw = (value as Partial<WireElement>).a;
  const attrs: Record<string, string> = {};
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null) throw new Error('malformed snapshot attributes');
    for (const name of KEPT_ATTRS) {
      const v = Object.hasOwn(raw, name) ? raw[name] : undefined;
      if (typeof v === 'string') attrs[name] = v;
    }
  }
  return { tag, attrs, children: [], parent };
}

/**
 * A page view over a snapshot tree: `extract` reads it as it reads a live DOM, and its own snapshot of it is the same
 * tree (soft hyphens already gone, depth already bounded, opaque elements already empty but a JSON-LD script's text);
 * `extract` given the tree itself (ExtractInput `tree`) skips that copy.
 */
export function snapshotView(root: DocNode): PageView {
  const top = new SnapshotElement(root);
  return { root: () => top };
}

// a class with a fast path for elements without attributes (most of them): the snapshot asks each element for some
// twenty attributes, and this copy is part of every clip's time
class SnapshotElement implements ViewElement {
  readonly tag: string;
  private readonly bare: boolean;

  constructor(private readonly node: DocNode) {
    this.tag = node.tag;
    this.bare = Object.keys(node.attrs).length === 0;
  }

  attr(name: string): string | undefined {
    return this.bare || !Object.hasOwn(this.node.attrs, name) ? undefined : this.node.attrs[name];
  }

  contents(): Array<ViewElement | string> {
    const children = this.node.children;
    const out = new Array<ViewElement | string>(children.length);
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      out[i] = typeof child === 'string' ? child : new SnapshotElement(child);
    }
    return out;
  }

  text(): string {
    return textOf(this.node);
  }

  select(): ViewElement[] {
    throw new Error('a page snapshot answers no selectors');
  }
}
