/**
 * A clip of a document as the extension runs it: the content script reads the page (page-read.ts), its result crosses
 * executeScript (as the strings the content script returns: page-read-result.ts), and the extension extracts it (page-extract.ts).
 */
import { extractFromRead } from '../../../../extension/lib/clip/page-extract.ts';
import { pageReadOf, pageReadResult } from '../../../../extension/lib/clip/page-read-result.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';
import type { PageExtract } from '../../../../extension/lib/clip/draft.ts';
import type { SiteProfile } from '../../../../shared/extract/profile/schema.ts';

export function clipDocument(doc: Document, selection: string, now: Date, budgetMs?: number, profile?: SiteProfile | null): PageExtract {
  // what the content script returns (clip.content.ts), as Chrome and Firefox hand it over
  const crossed = pageReadOf(structuredClone(pageReadResult(readClipPage(doc, selection, budgetMs))));
  if (!crossed) throw new Error('the page read does not survive executeScript');
  return extractFromRead(crossed, now, { budgetMs, profile });
}
