/**
 * The finds of one fetched page, whatever it is: a PDF (the fetcher hands its bytes over) goes to the extractor as
 * bytes and is read into a page in the worker (service/pdf, service/extract/worker.ts) — so a source, a listing's
 * link or a watched item may be a PDF. A PDF that cannot be read fails like an unreadable page, with its message.
 */
import type { FetchedPage } from '../../net/fetch-page.ts';
import { PdfError } from '../../pdf/pdf-error.ts';
import { toFound } from '../found.ts';
import { ScrapeError } from '../scrape-error.ts';
import { extractHtml } from './extract-html.ts';
import type { ReadContext, SourceFind } from './types.ts';

/** Reads the page (or PDF) fetched from `url`; an item selector applies to web pages only. */
export async function extractFetched(
  ctx: Pick<ReadContext, 'extract' | 'now'>,
  page: Pick<FetchedPage, 'html' | 'pdf'>,
  url: string,
  itemSelector?: string | null,
): Promise<SourceFind[]> {
  if (!page.pdf) return extractHtml(ctx, page.html, url, itemSelector);
  let items: readonly unknown[];
  try {
    ({ items } = await ctx.extract({ html: '', pdf: page.pdf, url, now: ctx.now }));
  } catch (error) {
    if (error instanceof PdfError) throw new ScrapeError('unreadable', `${url}: ${error.message}`, { url });
    throw error;
  }
  return items.flatMap((raw) => {
    const found = toFound(raw, url);
    return found ? [{ ...found, pageUrl: url }] : [];
  });
}
