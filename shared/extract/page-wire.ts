/**
 * The page snapshot as plain data, for the clip: the content script copies the page (page.ts `snapshot`) and hands it
 * to the extension page that runs `extract`. executeScript results cross as structured clones (Firefox) or as JSON-like
 * values whose nesting Chrome bounds, so the tree travels flat — elements in document order, each with its number of
 * children, no parent pointers, no nesting beyond an element's attributes — and is rebuilt on the other side.
 * Bounded: of a page larger than WIRE_MAX_NODES nodes or WIRE_MAX_CHARS characters of text and attributes only the
 * first part is copied (`cappedView` stops the copy at the bound, so a 20 MB page never becomes a 20 MB tree).
 * The snapshot is data: tags, kept attributes and text, never markup.
 */
import { textOf, type DocChild, type DocNode } from './page.ts';
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

/** The snapshot tree back from wire data; throws on anything that is not a well-formed snapshot within the bounds. */
export function fromWire(wire: unknown): DocNode {
  const nodes = (wire as WireSnapshot | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0 || nodes.length > WIRE_MAX_NODES) throw new Error('malformed snapshot: no nodes, or too many');
  const element = (value: unknown, parent: DocNode | null): [DocNode, number] => {
    const raw = value as Partial<WireElement> | null;
    if (typeof raw !== 'object' || raw === null || typeof raw.t !== 'string' || !Number.isSafeInteger(raw.n) || raw.n! < 0) throw new Error('malformed snapshot element');
    const attrs: Record<string, string> = {};
    if (raw.a !== undefined) {
      if (typeof raw.a !== 'object' || raw.a === null) throw new Error('malformed snapshot attributes');
      for (const [name, v] of Object.entries(raw.a)) if (typeof v === 'string' && name !== '__proto__') attrs[name] = v;
    }
    return [{ tag: raw.t.toLowerCase(), attrs, children: [], parent }, raw.n!];
  };
  const [root, rootCount] = element(nodes[0], null);
  // open elements with the number of children each still expects
  const open: Array<[DocNode, number]> = [[root, rootCount]];
  for (let i = 1; i < nodes.length; i++) {
    while (open.length > 0 && open[open.length - 1][1] === 0) open.pop();
    const top = open[open.length - 1];
    if (!top) throw new Error('malformed snapshot: nodes after the root closed');
    top[1]--;
    const value = nodes[i];
    if (typeof value === 'string') {
      top[0].children.push(value);
      continue;
    }
    const [node, count] = element(value, top[0]);
    top[0].children.push(node);
    open.push([node, count]);
  }
  if (open.some(([, left]) => left > 0)) throw new Error('malformed snapshot: children missing');
  return root;
}

/**
 * A page view over a snapshot tree: `extract` reads it as it reads a live DOM, and its own snapshot of it is the same
 * tree (soft hyphens already gone, depth already bounded, opaque elements already empty but a JSON-LD script's text).
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
