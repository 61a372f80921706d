/**
 * A clip of a document as the extension runs it: the content script reads the page (page-read.ts), its result crosses
 * executeScript (a JSON round trip, as Chrome serialises it), and the extension extracts it (page-extract.ts).
 */
import { extractFromRead, isPageRead } from '../../../../extension/lib/clip/page-extract.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';
import type { PageExtract } from '../../../../extension/lib/clip/draft.ts';
import type { SiteProfile } from '../../../../shared/extract/profile/schema.ts';

export function clipDocument(doc: Document, selection: string, now: Date, budgetMs?: number, profile?: SiteProfile | null): PageExtract {
  const crossed: unknown = JSON.parse(JSON.stringify(readClipPage(doc, selection, budgetMs)));
  if (!isPageRead(crossed)) throw new Error('the page read does not survive executeScript');
  return extractFromRead(crossed, now, { budgetMs, profile });
}
