/**
 * The page-view port (shared/extract/view.ts) over a DOM — the live page in the content script, or any standards DOM
 * (linkedom in tests). Reads text and attributes only; never innerHTML.
 */
import type { PageView, ViewElement } from '../../shared/extract/view.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// The extractor reads the same elements' contents and text more than once in a pass; the page does not change during
// one synchronous extraction, so each is read from the DOM once (on a 1 MB page this is a good part of the clip's time).
class DomElement implements ViewElement {
  readonly tag: string;
  private children: Array<ViewElement | string> | null = null;
  private textCache: string | null = null;
  constructor(
    private readonly el: Element,
    private readonly cache: WeakMap<Element, DomElement>,
  ) {
    this.tag = el.tagName.toLowerCase();
  }

  attr(name: string): string | undefined {
    if (!this.el.hasAttribute(name)) return undefined;
    return this.el.getAttribute(name) ?? undefined;
  }

  contents(): Array<ViewElement | string> {
    if (this.children) return this.children.slice();
    const out: Array<ViewElement | string> = [];
    for (const child of Array.from(this.el.childNodes)) {
      // neighbouring text nodes (split by entities or scripts) read as one, as in an HTML parser's tree
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += data;
        else out.push(data);
      } else if (child.nodeType === ELEMENT_NODE) out.push(wrap(child as Element, this.cache));
    }
    this.children = out;
    return out.slice();
  }

  text(): string {
    return (this.textCache ??= this.el.textContent ?? '');
  }

  select(selector: string): ViewElement[] {
    return Array.from(this.el.querySelectorAll(selector)).map((el) => wrap(el, this.cache));
  }
}

function wrap(el: Element, cache: WeakMap<Element, DomElement>): DomElement {
  let view = cache.get(el);
  if (!view) cache.set(el, (view = new DomElement(el, cache)));
  return view;
}

/** The page view of a document (default: the page the content script runs in). */
export function domView(doc: Document): PageView {
  const root = wrap(doc.documentElement, new WeakMap());
  return { root: () => root };
}
