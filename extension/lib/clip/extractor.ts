/**
 * The extension's port to the extraction pipeline: shared/extract over the live-DOM adapter (extension/lib/dom-view.ts),
 * the same code the service runs on scraped HTML.
 */
import { extract } from '../../../shared/extract/index.ts';
import { domView } from '../dom-view.ts';
import type { SiteProfile } from '../../../shared/extract/profile/schema.ts';

/** How long a clip may read the page: a 1 MB agency page takes well under a second. */
export const CLIP_BUDGET_MS = 5_000;

export interface ExtractInput {
  url: string;
  now: Date;
  selection?: string;
  /** the time budget (default CLIP_BUDGET_MS) */
  budgetMs?: number;
  /** the team's site profile of the page's host (profile-for-tab.ts), applied first */
  profile?: SiteProfile | null;
}

/** Extracts raw drafts (the extractor's Draft shape) from a live document. */
export function extractDrafts(doc: Document, input: ExtractInput): { items: unknown[]; diagnostics: string[] } {
  // a clip shows what the page announces, what is over included (marked `over`); automatic paths leave it out
  // a budget, or a page built to stall the extractor would hang the tab: past it the pipeline stops (ExtractionStopped)
  const stopAt = performance.now() + (input.budgetMs ?? CLIP_BUDGET_MS);
  const result = extract({ view: domView(doc), url: input.url, now: input.now, selection: input.selection, includePast: true, shouldStop: () => performance.now() > stopAt, profile: input.profile });
  return { items: result.items, diagnostics: result.diagnostics.map((d) => `${d.stage}: ${d.message}`) };
}
