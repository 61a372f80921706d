/**
 * Runs the extractor over one fetched HTML page — the whole page, or each block an `itemSelector` picks out, read as
 * a page of its own — and turns the drafts into finds.
 */
import * as cheerio from '../../extract/lazy-cheerio.ts';
import { cheerioView } from '../../extract/cheerio-view.ts';
import { toFound } from '../found.ts';
import type { ReadContext, SourceFind } from './types.ts';

/** The finds of one page. Markup the parser cannot make sense of still parses (HTML parsing never fails). */
export async function extractHtml(ctx: Pick<ReadContext, 'extract' | 'now'>, html: string, url: string, itemSelector?: string | null): Promise<SourceFind[]> {
  const pages = itemSelector ? blocks(html, itemSelector) : [html];
  const finds: SourceFind[] = [];
  for (const page of pages) {
    const { items } = await ctx.extract({ view: cheerioView(page), url, now: ctx.now });
    for (const raw of items) {
      const found = toFound(raw, url);
      if (found) finds.push({ ...found, pageUrl: url });
    }
  }
  return finds;
}

/** Each selected block as a document of its own, keeping the page's <head> (title, base, metadata). */
function blocks(html: string, selector: string): string[] {
  const $ = cheerio.load(html);
  const head = $('head').html() ?? '';
  return $(selector)
    .toArray()
    .map((el) => `<!doctype html><html><head>${head}</head><body><main>${$.html(el)}</main></body></html>`);
}
