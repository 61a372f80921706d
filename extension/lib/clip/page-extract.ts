/**
 * Runs in the extension: the page the clip content script read (page-read.ts) → the clip's drafts. The snapshot is
 * rebuilt (shared/extract/page-wire.ts) and extracted as it is (not copied again) with every default of shared/extract,
 * within what is left of the clip's budget; the drafts get the page's sentences for their uncertain fields, found in
 * the same snapshot (page-blocks.ts).
 */
import { ExtractionStopped } from '../../../shared/extract/budget.ts';
import { fromWire, WIRE_MAX_CHARS, WIRE_MAX_NODES, type WireSnapshot } from '../../../shared/extract/page-wire.ts';
import type { SiteProfile } from '../../../shared/extract/profile/schema.ts';
import { canonicalUrl } from '../canonical-url.ts';
import { CLIP_BUDGET_MS } from './budget.ts';
import { blankDraftItem, toDraftItem, type PageExtract } from './draft.ts';
import { extractDrafts } from './extractor.ts';
import { withFieldEvidence } from './field-evidence.ts';
import { pageBlocks } from './page-blocks.ts';
import type { PageRead } from './page-read.ts';

export interface ClipOptions {
  /** the clip's whole budget, the page's reading included (default CLIP_BUDGET_MS) */
  budgetMs?: number;
  profile?: SiteProfile | null;
}

/** Extracts the items of a page read (or of its selection). Never throws: failures become diagnostics. */
export function extractFromRead(read: PageRead, now: Date, options: ClipOptions = {}): PageExtract {
  const { url, selection } = read;
  const diagnostics = [...read.diagnostics];
  let items = [] as PageExtract['items'];
  // a page that could not be copied in time is too complex to read, as one past the extraction's budget
  let problem: PageExtract['problem'] = read.stopped ? 'page_too_complex' : undefined;
  // a page past the snapshot's bounds was read up to them: what it found there is offered, else the page is too complex
  const cut = (read.snapshot as WireSnapshot | null)?.cut === true;
  if (cut) diagnostics.push(`snapshot: the page is larger than ${WIRE_MAX_NODES} nodes or ${WIRE_MAX_CHARS} characters; only its first part was read`);
  if (read.snapshot !== null) {
    try {
      const tree = fromWire(read.snapshot);
      const clipBudget = options.budgetMs ?? CLIP_BUDGET_MS;
      const budgetMs = Math.min(clipBudget, Math.max(0, clipBudget - read.readMs));
      const stopAt = performance.now() + budgetMs;
      const result = extractDrafts(tree, { url, now, selection: selection || undefined, budgetMs, profile: options.profile });
      // the evidence of uncertain fields is optional: it gets what is left of the budget
      items = withFieldEvidence(result.items.map((raw) => toDraftItem(raw, url)), () => pageBlocks(tree, () => performance.now() > stopAt));
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      if (error instanceof ExtractionStopped) problem = 'page_too_complex';
      diagnostics.push(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (items.length === 0 && cut) problem = 'page_too_complex';
  if (items.length === 0) items = [blankDraftItem(url, read.pageTitle)];
  const { html } = read;
  return { url, canonicalUrl: canonicalUrl(read.canonical), pageTitle: read.pageTitle, fromSelection: selection !== '', items, diagnostics, ...(html ? { html } : {}), ...(problem ? { problem } : {}) };
}
