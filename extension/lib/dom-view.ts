/**
 * The page-view port (shared/extract/view.ts) over a DOM — the live page in the content script, or any standards DOM
 * (linkedom in tests). Reads text and attributes only; never innerHTML.
 *
 * Extraction snapshots the whole page once through this port (shared/extract/page.ts), asking every element for some
 * twenty attributes and its children, once each. On a 1 MB agency page (20,000 elements) the DOM calls were a good part
 * of the clip's time (bench/extension.ts), so this adapter makes as few as it can: no wrapper cache, one
 * getAttribute per question, none for elements without attributes, children by sibling links.
 */
import type { PageView, ViewElement } from '../../shared/extract/view.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class DomElement implements ViewElement {
  readonly tag: string;
  private bare: boolean | null = null;

  constructor(private readonly el: Element) {
    this.tag = el.tagName.toLowerCase();
  }

  attr(name: string): string | undefined {
    // most elements have no attribute at all: one call answers all twenty questions for them
    if ((this.bare ??= !this.el.hasAttributes())) return undefined;
    const value = this.el.getAttribute(name);
    // linkedom answers "" for an absent class; browsers answer null (the extra call only for empty values)
    return value === null || (value === '' && !this.el.hasAttribute(name)) ? undefined : value;
  }

  contents(): Array<ViewElement | string> {
    const out: Array<ViewElement | string> = [];
    for (let child = this.el.firstChild; child; child = child.nextSibling) {
      // neighbouring text nodes (split by entities or scripts) read as one, as in an HTML parser's tree
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += data;
        else out.push(data);
      } else if (child.nodeType === ELEMENT_NODE) out.push(new DomElement(child as Element));
    }
    return out;
  }

  text(): string {
    return this.el.textContent ?? '';
  }

  select(selector: string): ViewElement[] {
    return Array.from(this.el.querySelectorAll(selector), (el) => new DomElement(el));
  }
}

/** The page view of a document (default: the page the content script runs in). */
export function domView(doc: Document): PageView {
  const root = new DomElement(doc.documentElement);
  return { root: () => root };
}

/** The view of one element of a document and everything below it. */
export function elementView(el: Element): ViewElement {
  return new DomElement(el);
}
