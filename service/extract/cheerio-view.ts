/** The page-view port (shared/extract/view.ts) over Cheerio, for the service, the scraper and the CLI. */
import * as cheerio from './lazy-cheerio.ts';
import type { AnyNode, Element } from 'domhandler';
import type { PageView, ViewElement } from '../../shared/extract/view.ts';

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/**
 * Extraction snapshots the page once through this port (shared/extract/page.ts), asking every element for some twenty
 * attributes and its children, once each: no wrapper cache (every element is wrapped once), no attribute lookups for an
 * element without attributes.
 */
class CheerioElement implements ViewElement {
  readonly tag: string;
  private readonly bare: boolean;
  constructor(
    private readonly $: cheerio.CheerioAPI,
    private readonly node: Element,
  ) {
    this.tag = node.name.toLowerCase();
    this.bare = !hasAny(node.attribs);
  }

  attr(name: string): string | undefined {
    if (this.bare) return undefined;
    const attribs = this.node.attribs;
    return attribs[name] ?? attribs[name.toLowerCase()];
  }

  contents(): Array<ViewElement | string> {
    const out: Array<ViewElement | string> = [];
    for (const child of this.node.children) {
      if (child.type === 'text') out.push(child.data);
      else if (isElement(child)) out.push(new CheerioElement(this.$, child));
    }
    return out;
  }

  text(): string {
    return this.$(this.node).text();
  }

  select(selector: string): ViewElement[] {
    return this.$(this.node)
      .find(selector)
      .toArray()
      .filter(isElement)
      .map((el) => new CheerioElement(this.$, el));
  }
}

function hasAny(attribs: Record<string, string>): boolean {
  for (const _ in attribs) return true;
  return false;
}

/** Parses an HTML document with Cheerio (parse5, the browsers' algorithm) and returns its page view. */
export function cheerioView(html: string): PageView {
  const $ = cheerio.load(html);
  const root = $('html').toArray().find(isElement);
  if (!root) throw new Error('the page has no <html> element');
  const view = new CheerioElement($, root);
  return { root: () => view };
}
