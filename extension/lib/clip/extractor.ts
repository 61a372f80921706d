/**
 * The extension's port to the extraction pipeline: shared/extract, with every default the service uses, over the page
 * snapshot the clip content script sent (page-read.ts → shared/extract/page-wire.ts), read as it is rebuilt (fromWire
 * keeps what page.ts `snapshot` guarantees, so it is not copied again). It runs in the extension (the preview page or
 * the background), never in the clipped page.
 */
import { extract } from '../../../shared/extract/index.ts';
import type { DocNode } from '../../../shared/extract/page.ts';
import type { SiteProfile } from '../../../shared/extract/profile/schema.ts';

export interface ExtractInput {
  url: string;
  now: Date;
  selection?: string;
  /** the time the extraction may take, in ms (what is left of the clip's budget) */
  budgetMs: number;
  /** the team's site profile of the page's host (profile-for-tab.ts), applied first */
  profile?: SiteProfile | null;
}

/** Extracts raw drafts (the extractor's Draft shape) from a page snapshot (shared/extract/page.ts, or page-wire.ts `fromWire`). */
export function extractDrafts(tree: DocNode, input: ExtractInput): { items: unknown[]; diagnostics: string[] } {
  // a clip shows what the page announces, what is over included (marked `over`); automatic paths leave it out
  // a budget, or a page built to stall the extractor would keep the clip waiting: past it the pipeline stops (ExtractionStopped)
  const stopAt = performance.now() + input.budgetMs;
  const result = extract({ tree, url: input.url, now: input.now, selection: input.selection, includePast: true, shouldStop: () => performance.now() > stopAt, profile: input.profile });
  return { items: result.items, diagnostics: result.diagnostics.map((d) => `${d.stage}: ${d.message}`) };
}
