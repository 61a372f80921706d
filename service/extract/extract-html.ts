/** Extraction from HTML text in the service and the CLI: the Cheerio adapter wraps the page for the shared pipeline. */
import { extract } from '../../shared/extract/index.ts';
import type { ExtractResult } from '../../shared/extract/types.ts';
import { cheerioView } from './cheerio-view.ts';

/** Runs the shared extractor on an HTML document. */
export function extractHtml(page: { html: string; url: string; now: Date; selection?: string }): ExtractResult {
  return extract({ view: cheerioView(page.html), url: page.url, now: page.now, selection: page.selection });
}
