/**
 * Runs in the page (clip.content.ts), on the user's gesture only: READS the page and returns plain data — the page
 * snapshot (shared/extract/page.ts over the live DOM, flattened by shared/extract/page-wire.ts), the selection, the
 * address, canonical link and title, and the HTML a correction keeps. The extraction runs in the extension
 * (page-extract.ts), so nothing of shared/extract's decisions is injected into pages; so do the block texts field
 * evidence looks in (page-blocks.ts, over the snapshot).
 */
import { ExtractionStopped } from '../../../shared/extract/budget.ts';
import { snapshot } from '../../../shared/extract/page.ts';
import { cappedView, toWire, type WireSnapshot } from '../../../shared/extract/page-wire.ts';
import { domView } from '../dom-view.ts';
import { CLIP_BUDGET_MS } from './budget.ts';
import { pageHtml } from './page-html.ts';
import { selectedPart } from './selection-view.ts';

/** What the content script sends back: structured-clone-able and JSON-able, no markup but the correction's HTML. */
export interface PageRead {
  url: string;
  /** the page's canonical link, resolved against its address */
  canonical: string | null;
  pageTitle: string;
  /** the user's selection, trimmed ('' when none) */
  selection: string;
  /** the page's snapshot (of its first part only when the page is past the snapshot's bounds); null when it could not be copied */
  snapshot: WireSnapshot | null;
  /** true when the page could not be copied within the clip's budget */
  stopped: boolean;
  /** the page's HTML for a correction (≤ 2 MB; page-html.ts) */
  html?: string;
  /** how long the page took to read, in ms: the extraction has the rest of the clip's budget */
  readMs: number;
  diagnostics: string[];
}

/** Reads `doc` for a clip. Never throws: a page too slow to copy (or one the copy fails on) comes back without a snapshot. */
export function readClipPage(doc: Document, selection: string, budgetMs: number = CLIP_BUDGET_MS): PageRead {
  const started = performance.now();
  // a page built to stall the copy would hang the tab: past the budget the snapshot stops (ExtractionStopped)
  const shouldStop = () => performance.now() - started > budgetMs;
  const url = doc.location?.href ?? doc.URL;
  const linked = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const canonical = linked ? safeResolve(linked, url) : null;
  const pageTitle = (doc.title || doc.querySelector('h1')?.textContent || url).trim();
  const diagnostics: string[] = [];
  let wire: WireSnapshot | null = null;
  let stopped = false;
  try {
    // a page past the snapshot's bounds is copied up to them (page-wire.ts): a 20 MB page never becomes a 20 MB tree
    const view = cappedView(domView(doc));
    wire = toWire(snapshot(view, shouldStop), view.cut());
    // its first part may not hold what the user selected: then the selection's part of the page is read instead
    const selected = wire.cut && selection.trim() ? selectedPart(doc) : null;
    if (selected) {
      const part = cappedView(selected.view);
      wire = toWire(snapshot(part, shouldStop), part.cut());
      diagnostics.push('snapshot: the page is past the bounds; the part that holds the selection was read');
    }
  } catch (error) {
    wire = null;
    stopped = error instanceof ExtractionStopped;
    diagnostics.push(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const html = pageHtml(doc);
  return { url, canonical, pageTitle, selection: selection.trim(), snapshot: wire, stopped, ...(html ? { html } : {}), readMs: performance.now() - started, diagnostics };
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
