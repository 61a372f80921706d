/**
 * One page read by the extractor, as the worker pool runs it (service/extract/worker.ts): parse the HTML with the
 * Cheerio adapter, and extract — the whole page, or each block an `itemSelector` picks out, read as a page of its own.
 */
import { extract } from '../../shared/extract/index.ts';
import type { Draft, ExtractResult } from '../../shared/extract/types.ts';
import type { SiteProfile } from '../../shared/extract/profile/schema.ts';
import { cheerioView } from './cheerio-view.ts';
import * as cheerio from './lazy-cheerio.ts';

/** A page to read: its HTML and where and when it was read. */
export interface PageToRead {
  html: string;
  url: string;
  /** the moment the page is read (ms) */
  now: number;
  /** the text the user selected */
  selection?: string;
  /** a source's CSS selector for its entries: each match is read as a page of its own */
  itemSelector?: string | null;
  /** a PDF's bytes: the worker reads them into `html` first (service/pdf/pdf-to-html.ts) */
  pdf?: Uint8Array;
  /** the site profile of the page's host: applied to a whole page (an item selector's blocks are not the template) */
  profile?: SiteProfile | null;
}

/** Extracts the page's items (all blocks' items, in order, when an item selector splits it). */
export function readPage(page: PageToRead): ExtractResult {
  if (!page.itemSelector) return extract({ view: cheerioView(page.html), url: page.url, now: new Date(page.now), selection: page.selection, profile: page.profile });
  const items: Draft[] = [];
  const diagnostics: ExtractResult['diagnostics'] = [];
  for (const block of blocks(page.html, page.itemSelector)) {
    const result = extract({ view: cheerioView(block), url: page.url, now: new Date(page.now) });
    items.push(...result.items);
    diagnostics.push(...result.diagnostics);
  }
  return { items, diagnostics };
}

/** Each selected block as a document of its own, keeping the page's <head> (title, base, metadata). */
function blocks(html: string, selector: string): string[] {
  const $ = cheerio.load(html);
  const head = $('head').html() ?? '';
  return $(selector)
    .toArray()
    .map((el) => `<!doctype html><html><head>${head}</head><body><main>${$.html(el)}</main></body></html>`);
}
