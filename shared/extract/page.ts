/**
 * A plain snapshot of the page view: tags, a few attributes and text, read once through the port. Every later stage
 * works on this tree, so both adapters (Cheerio, DOM) give the same result and node identity is stable.
 */
import { checkBudget } from './budget.ts';
import type { PageView, ViewElement } from './view.ts';

export interface DocNode {
  tag: string;
  attrs: Record<string, string>;
  children: DocChild[];
  parent: DocNode | null;
}
export type DocChild = DocNode | string;

/** Attributes extraction reads; everything else (event handlers, styles, src) is never copied. */
export const KEPT_ATTRS = [
  'id', 'class', 'role', 'hidden', 'aria-hidden', 'aria-label', 'datetime', 'href', 'type', 'itemprop', 'itemtype',
  'itemscope', 'property', 'name', 'content', 'lang', 'colspan', 'rowspan', 'rel', 'charset', 'http-equiv', 'alt',
] as const;

/** Elements whose content is never page text (JSON-LD scripts keep theirs: structured data reads it). */
export const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'select']);

/**
 * How deep the snapshot nests elements. Deeper elements are unwrapped into the element at this depth, their text and
 * children kept in document order — as browsers do (Chromium's parser stops nesting at 512). Every later stage walks
 * this tree, so no stage can be driven into an unbounded recursion or an ancestor walk as long as the page.
 */
export const MAX_DEPTH = 256;

/** Copies the page view into a DocNode tree (an explicit stack: a page may nest deeper than the call stack). */
export function snapshot(view: PageView, shouldStop?: () => boolean): DocNode {
  const root = shell(view.root(), null);
  // children still to copy, last first, as flat triples: a child, the node it goes into, that node's depth
  const stack: Array<ViewElement | string | DocNode | number> = [];
  const pushContents = (el: ViewElement, into: DocNode, depth: number) => {
    const contents = el.contents();
    for (let i = contents.length - 1; i >= 0; i--) stack.push(contents[i], into, depth);
  };
  if (!OPAQUE.has(root.tag)) pushContents(view.root(), root, 0);
  let copied = 0;
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const into = stack.pop() as DocNode;
    const child = stack.pop() as ViewElement | string;
    // reading the page through its view is the costly part on a live DOM: the budget is asked every 1,024 nodes
    if ((++copied & 1023) === 0) checkBudget(shouldStop);
    if (typeof child === 'string') {
      into.children.push(withoutSoftHyphens(child));
      continue;
    }
    const opaque = OPAQUE.has(child.tag);
    if (depth >= MAX_DEPTH && !opaque) {
      pushContents(child, into, depth);
      continue;
    }
    const node = shell(child, into);
    into.children.push(node);
    if (!opaque) pushContents(child, node, depth + 1);
  }
  return root;
}

/** A node with its kept attributes; an opaque element keeps only a JSON-LD script's text. */
function shell(el: ViewElement, parent: DocNode | null): DocNode {
  const attrs: Record<string, string> = {};
  for (const name of KEPT_ATTRS) {
    const value = el.attr(name);
    if (value !== undefined) attrs[name] = value;
  }
  const node: DocNode = { tag: el.tag, attrs, children: [], parent };
  if (keepsText(el.tag, attrs)) node.children.push(el.text());
  return node;
}

/** Soft hyphens are invisible line-break hints ("Ent&shy;wicklungs&shy;politik"): they would split words and cue words. */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
}

/** True for the one opaque element whose text is kept: a JSON-LD script (structured data reads it, as it is). */
export function keepsText(tag: string, attrs: Record<string, string>): boolean {
  return tag === 'script' && /ld\+json/i.test(attrs.type ?? '');
}

/** Element children of a node. */
export function elements(node: DocNode): DocNode[] {
  return node.children.filter((c): c is DocNode => typeof c !== 'string');
}

/** All text below a node, as in textContent. */
export function textOf(node: DocChild): string {
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  const stack: DocChild[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') parts.push(next);
    else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return parts.join('');
}

/** The text nodes below a node, in document order: what textOf joins, without joining it. */
export function* textPieces(node: DocChild): Generator<string> {
  const stack: DocChild[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') yield next;
    else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
}

/** Every element below (and including) a node, in document order. */
export function* descendants(node: DocNode): Generator<DocNode> {
  // an explicit stack, not recursive `yield*`: delegation costs a generator per level and per element, which was a
  // fifth of the clip time on a 1 MB page
  const stack: DocNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

/**
 * A value computed from a node's element children, for the node and every uncomputed node below it: post-order over
 * an explicit stack, each node once.
 */
export function bottomUp<T>(node: DocNode, cache: WeakMap<DocNode, T>, compute: (node: DocNode, of: (child: DocNode) => T) => T): T {
  const known = cache.get(node);
  if (known !== undefined) return known;
  const of = (child: DocNode) => cache.get(child)!;
  const stack: Array<[DocNode, boolean]> = [[node, false]];
  while (stack.length > 0) {
    const [next, expanded] = stack.pop()!;
    if (cache.has(next)) continue;
    if (expanded) {
      cache.set(next, compute(next, of));
      continue;
    }
    stack.push([next, true]);
    for (const child of next.children) if (typeof child !== 'string' && !cache.has(child)) stack.push([child, false]);
  }
  return cache.get(node)!;
}

/** The first ancestor (or the node itself) that satisfies a test. */
export function closest(node: DocNode | null, test: (n: DocNode) => boolean): DocNode | null {
  for (let n = node; n; n = n.parent) if (test(n)) return n;
  return null;
}

/** The class and id of a node as lower-case tokens. */
export function tokens(node: DocNode): string[] {
  // most elements have neither (the split below would give nothing)
  if (node.attrs.class === undefined && node.attrs.id === undefined) return [];
  return `${node.attrs.class ?? ''} ${node.attrs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

const SPACE_RUN = /[\s\u00a0\u200b]+/g;

/** Collapses whitespace (non-breaking spaces included) and trims. */
export function clean(text: string): string {
  // most texts reach here already clean (inline text is cleaned at every level): they are given back without a copy
  return isClean(text) ? text : text.replace(SPACE_RUN, ' ').trim();
}

/** `clean(text).length`, counted without making the cleaned copy (chrome-free text lengths of every node). */
export function cleanLength(text: string): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) gap = length > 0;
    else {
      length += gap ? 2 : 1;
      gap = false;
    }
  }
  return length;
}

/** A character `clean` collapses: what \s matches (the characters trim() removes) and the zero-width space. */
/** What `clean` collapses: a code unit of `\s` or U+200B. */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** No space at either end, no space but U+0020, never two in a row: `clean` would give the text back unchanged. */
function isClean(text: string): boolean {
  let before = true; // a space here would be leading
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0xa0) before = false;
    else if (!isSpace(c)) before = false;
    else if (c !== 32 || before) return false;
    else before = true;
  }
  return !before || text.length === 0;
}
