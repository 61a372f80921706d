/**
 * Runs in the page (clip.content.ts), on the user's gesture only: reads the document and returns plain data.
 * The extraction itself is shared/extract's; see extractor.ts.
 */
import { ExtractionStopped } from '../../../shared/extract/budget.ts';
import { canonicalUrl } from '../canonical-url.ts';
import { blankDraftItem, toDraftItem, type PageExtract } from './draft.ts';
import { extractDrafts } from './extractor.ts';
import { withFieldEvidence } from './field-evidence.ts';
import { pageHtml } from './page-html.ts';
import type { SiteProfile } from '../../../shared/extract/profile/schema.ts';

/** Extracts the items of `doc` (or of the selection, when there is one). Never throws: failures become diagnostics. */
export function extractFromDocument(doc: Document, selection: string, now: Date, budgetMs?: number, profile?: SiteProfile | null): PageExtract {
  const url = doc.location?.href ?? doc.URL;
  const linked = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const canonical = linked ? safeResolve(linked, url) : null;
  const pageTitle = (doc.title || doc.querySelector('h1')?.textContent || url).trim();
  const diagnostics: string[] = [];
  let items = [] as PageExtract['items'];
  let problem: PageExtract['problem'];
  try {
    const result = extractDrafts(doc, { url, now, selection: selection.trim() || undefined, budgetMs, profile });
    items = withFieldEvidence(result.items.map((raw) => toDraftItem(raw, url)), doc);
    diagnostics.push(...result.diagnostics);
  } catch (error) {
    if (error instanceof ExtractionStopped) problem = 'page_too_complex';
    diagnostics.push(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (items.length === 0) items = [blankDraftItem(url, pageTitle)];
  const html = pageHtml(doc);
  return { url, canonicalUrl: canonicalUrl(canonical), pageTitle, fromSelection: selection.trim() !== '', items, diagnostics, ...(html ? { html } : {}), ...(problem ? { problem } : {}) };
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
