/**
 * The page-view port: the few things extraction needs from a parsed page. Adapters implement it — Cheerio in the
 * service (service/extract/cheerio-view.ts), the live DOM in the clip content script (extension/lib/dom-view.ts) and
 * the page snapshot that script sends to the extension (shared/extract/page-wire.ts) — so
 * shared/ never imports a parser or touches DOM globals. Text only: nothing here exposes markup.
 */
export interface ViewElement {
  /** lower-case tag name ("div", "h1") */
  readonly tag: string;
  /** an attribute's value, or undefined when absent */
  attr(name: string): string | undefined;
  /** child elements and text nodes in document order (comments and processing instructions left out) */
  contents(): Array<ViewElement | string>;
  /** all text below the element (textContent) */
  text(): string;
  /** descendants matching a CSS selector, in document order */
  select(selector: string): ViewElement[];
}

export interface PageView {
  /** the document element (<html>) */
  root(): ViewElement;
}

/** The child elements of an element. */
export function childElements(el: ViewElement): ViewElement[] {
  return el.contents().filter((c): c is ViewElement => typeof c !== 'string');
}
