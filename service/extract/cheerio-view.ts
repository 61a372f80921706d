/** The page-view port (shared/extract/view.ts) over Cheerio, for the service, the scraper and the CLI. */
import * as cheerio from './lazy-cheerio.ts';
import type { AnyNode, Element } from 'domhandler';
import type { PageView, ViewElement } from '../../shared/extract/view.ts';

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

class CheerioElement implements ViewElement {
  readonly tag: string;
  constructor(
    private readonly $: cheerio.CheerioAPI,
    private readonly node: Element,
    private readonly cache: WeakMap<Element, CheerioElement>,
  ) {
    this.tag = node.name.toLowerCase();
  }

  attr(name: string): string | undefined {
    return this.node.attribs[name] ?? this.node.attribs[name.toLowerCase()];
  }

  contents(): Array<ViewElement | string> {
    const out: Array<ViewElement | string> = [];
    for (const child of this.node.children) {
      if (child.type === 'text') out.push(child.data);
      else if (isElement(child)) out.push(wrap(this.$, child, this.cache));
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
      .map((el) => wrap(this.$, el, this.cache));
  }
}

function wrap($: cheerio.CheerioAPI, node: Element, cache: WeakMap<Element, CheerioElement>): CheerioElement {
  let view = cache.get(node);
  if (!view) cache.set(node, (view = new CheerioElement($, node, cache)));
  return view;
}

/** Parses an HTML document with Cheerio (parse5, the browsers' algorithm) and returns its page view. */
export function cheerioView(html: string): PageView {
  const $ = cheerio.load(html);
  const cache = new WeakMap<Element, CheerioElement>();
  const root = $('html').toArray().find(isElement);
  if (!root) throw new Error('the page has no <html> element');
  const view = wrap($, root, cache);
  return { root: () => view };
}
