/**
 * The extension's port to the extraction pipeline: shared/extract over the live-DOM adapter (extension/lib/dom-view.ts),
 * the same code the service runs on scraped HTML.
 */
import { extract } from '../../../shared/extract/index.ts';
import { domView } from '../dom-view.ts';

export interface ExtractInput {
  url: string;
  now: Date;
  selection?: string;
}

/** Extracts raw drafts (the extractor's Draft shape) from a live document. */
export function extractDrafts(doc: Document, input: ExtractInput): { items: unknown[]; diagnostics: string[] } {
  // a clip shows what the page announces, what is over included (marked `over`); automatic paths leave it out
  const result = extract({ view: domView(doc), url: input.url, now: input.now, selection: input.selection, includePast: true });
  return { items: result.items, diagnostics: result.diagnostics.map((d) => `${d.stage}: ${d.message}`) };
}
