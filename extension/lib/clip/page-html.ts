/**
 * The page's HTML for a correction (issue 10, item 1): the document as the content script sees it, text normalised as
 * callwatch stores text (shared/text.ts — the service refuses anything else), and only up to 2 MB: a larger page is
 * not kept, the clip goes on without it.
 */
import { MAX_CORRECTION_PAGE_BYTES } from '../../../shared/corrections.ts';
import { normalizeText } from '../../../shared/text.ts';

/** The document's HTML, or undefined when it is larger than 2 MB. */
export function pageHtml(doc: Document): string | undefined {
  const root = doc.documentElement?.outerHTML;
  // characters are never more than bytes: a longer string is too large without encoding it
  if (!root || root.length > MAX_CORRECTION_PAGE_BYTES) return undefined;
  const html = normalizeText(`${doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : ''}${root}`);
  return new TextEncoder().encode(html).length <= MAX_CORRECTION_PAGE_BYTES ? html : undefined;
}
