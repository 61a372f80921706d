/**
 * The finds of one fetched page, whatever it is: a PDF (the fetcher hands its bytes over) is read into HTML first,
 * off the event loop (service/pdf), and then goes the way of every web page — so a source, a listing's link or a
 * watched item may be a PDF. A PDF that cannot be read fails like an unreadable page, with the PDF's own message.
 */
import type { FetchedPage } from '../../net/fetch-page.ts';
import { PdfError } from '../../pdf/pdf-error.ts';
import { readPdfOffThread } from '../../pdf/off-thread.ts';
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
  let html: string;
  try {
    ({ html } = await readPdfOffThread(page.pdf));
  } catch (error) {
    if (error instanceof PdfError) throw new ScrapeError('unreadable', `${url}: ${error.message}`, { url });
    throw error;
  }
  return extractHtml(ctx, html, url);
}
