/**
 * The selected part of a page as a page of its own: the document's <head> (its title, structured data, language) and
 * the element that holds the whole selection, under a <body>. A selection clip of a page past the snapshot's bounds
 * (shared/extract/page-wire.ts) reads this instead of the page's first part, so "select the part with the call and
 * clip again" — what the preview asks when a page is too large — works on any page.
 */
import type { PageView, ViewElement } from '../../../shared/extract/view.ts';
import { elementView } from '../dom-view.ts';

const ELEMENT_NODE = 1;

/** The view of the selection's part of `doc` and the element that holds the selection, or null without a selection. */
export function selectedPart(doc: Document): { view: PageView; holder: Element } | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.rangeCount === 0) return null;
  let holder: Node | null = selection.getRangeAt(0).commonAncestorContainer;
  while (holder && holder.nodeType !== ELEMENT_NODE) holder = holder.parentNode;
  const root = doc.documentElement;
  if (!holder || !root) return null;
  const html = elementView(root);
  const parts: ViewElement[] = [];
  if (doc.head) parts.push(elementView(doc.head));
  if (holder !== root && holder !== doc.head) parts.push(wrapper('body', [elementView(holder as Element)]));
  const top = wrapper(html.tag, parts, (name) => html.attr(name));
  return { view: { root: () => top }, holder: holder as Element };
}

function wrapper(tag: string, children: ViewElement[], attr: (name: string) => string | undefined = () => undefined): ViewElement {
  return {
    tag,
    attr,
    contents: () => children,
    text: () => children.map((c) => c.text()).join(''),
    select: (selector) => children.flatMap((c) => c.select(selector)),
  };
}
