/**
 * A PDF's bytes → the HTML document the extractor reads (to-html.ts): read with pdf.js, laid out into blocks, bounded
 * by PDF_LIMITS. A pure function of the bytes (and a deadline), called in the extraction worker (service/extract/worker.ts); every refusal is a
 * PdfError with a clear message, and then nothing else of the PDF is used.
 */
import { checkInflatedSize } from './inflate-guard.ts';
import { layoutPdf } from './layout.ts';
import { PDF_LIMITS } from './limits.ts';
import { PdfError } from './pdf-error.ts';
import { readPdf } from './read-pdf.ts';
import { blocksToHtml } from './to-html.ts';

export interface PdfAsHtml {
  html: string;
  /** pages in the document */
  pageCount: number;
  /** pages read (at most PDF_LIMITS.maxPages) */
  pagesRead: number;
}

/** Reads a PDF into the extractor's input; `deadline` (ms since epoch) bounds the time. */
export async function pdfToHtml(bytes: Uint8Array, options: { deadline?: number } = {}): Promise<PdfAsHtml> {
  if (bytes.byteLength > PDF_LIMITS.maxBytes) throw new PdfError('pdf_too_large');
  // a decompression bomb is refused before pdf.js unpacks a byte of it
  checkInflatedSize(bytes);
  const text = await readPdf(bytes, options);
  let chars = 0;
  // text past the bound is left unread, as pages past the page limit are
  for (const page of text.pages) {
    page.runs = page.runs.filter((run) => (chars += run.text.length) <= PDF_LIMITS.maxChars);
  }
  const blocks = layoutPdf(text);
  const letters = blocks
    .map((b) => (b.kind === 'table' ? b.rows.flat().join('') : b.kind === 'list' ? b.items.join('') : b.text))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '').length;
  // nothing on the pages read: when the page limit left pages unread, that is the reason to tell
  if (letters < PDF_LIMITS.minChars) throw new PdfError(text.pageCount > text.pages.length ? 'pdf_page_limit' : 'pdf_no_text');
  return { html: blocksToHtml(blocks, text.title), pageCount: text.pageCount, pagesRead: text.pages.length };
}
