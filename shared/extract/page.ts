/**
 * A plain snapshot of the page view: tags, a few attributes and text, read once through the port. Every later stage
 * works on this tree, so both adapters (Cheerio, DOM) give the same result and node identity is stable.
 */
import type { PageView, ViewElement } from './view.ts';

export interface DocNode {
  tag: string;
  attrs: Record<string, string>;
  children: DocChild[];
  parent: DocNode | null;
}
export type DocChild = DocNode | string;

/** Attributes extraction reads; everything else (event handlers, styles, src) is never copied. */
const KEPT_ATTRS = [
  'id', 'class', 'role', 'hidden', 'aria-hidden', 'aria-label', 'datetime', 'href', 'type', 'itemprop', 'itemtype',
  'itemscope', 'property', 'name', 'content', 'lang', 'colspan', 'rowspan', 'rel', 'charset', 'http-equiv', 'alt',
] as const;

/** Elements whose content is never page text (JSON-LD scripts keep theirs: structured data reads it). */
const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'select']);

/** Copies the page view into a DocNode tree. */
export function snapshot(view: PageView): DocNode {
  return copy(view.root(), null);
}

function copy(el: ViewElement, parent: DocNode | null): DocNode {
  const attrs: Record<string, string> = {};
  for (const name of KEPT_ATTRS) {
    const value = el.attr(name);
    if (value !== undefined) attrs[name] = value;
  }
  const node: DocNode = { tag: el.tag, attrs, children: [], parent };
  if (OPAQUE.has(el.tag)) {
    if (el.tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) node.children.push(el.text());
    return node;
  }
  // soft hyphens are invisible line-break hints ("Ent&shy;wicklungs&shy;politik"): they would split words and cue words
  for (const child of el.contents()) node.children.push(typeof child === 'string' ? child.replace(/\u00ad/g, '') : copy(child, node));
  return node;
}

/** Element children of a node. */
export function elements(node: DocNode): DocNode[] {
  return node.children.filter((c): c is DocNode => typeof c !== 'string');
}

/** All text below a node, as in textContent. */
export function textOf(node: DocChild): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
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

/** The first ancestor (or the node itself) that satisfies a test. */
export function closest(node: DocNode | null, test: (n: DocNode) => boolean): DocNode | null {
  for (let n = node; n; n = n.parent) if (test(n)) return n;
  return null;
}

/** The class and id of a node as lower-case tokens. */
export function tokens(node: DocNode): string[] {
  return `${node.attrs.class ?? ''} ${node.attrs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Collapses whitespace (non-breaking spaces included) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
