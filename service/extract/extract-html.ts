/**
 * Extraction from HTML text in the service and the CLI: the Cheerio adapter wraps the page for the shared pipeline,
 * which is loaded at the first page (service/lazy.ts).
 */
import type { ExtractResult } from '../../shared/extract/types.ts';
import { extraction } from '../lazy.ts';
import { cheerioView } from './cheerio-view.ts';

/** Runs the shared extractor on an HTML document. */
export async function extractHtml(page: { html: string; url: string; now: Date; selection?: string }): Promise<ExtractResult> {
  const { extract } = await extraction();
  return extract({ view: cheerioView(page.html), url: page.url, now: page.now, selection: page.selection });
}
