/**
 * The extension's port to the extraction pipeline. Until shared/extract lands this reads only the page's own
 * metadata (title, description, <time> elements); afterwards it calls shared/extract over the live-DOM adapter.
 * TODO(2026-11): wire shared/extract/index.ts + extension/lib/dom-view.ts here when they exist.
 */
export interface ExtractInput {
  url: string;
  now: Date;
  selection?: string;
}

/** Extracts raw drafts (the extractor's Draft shape) from a live document. */
export function extractDrafts(doc: Document, input: ExtractInput): { items: unknown[]; diagnostics: string[] } {
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
  const title = meta('og:title') ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title.trim();
  const deadlines = [...doc.querySelectorAll('time[datetime]')]
    .map((el) => ({ date: (el.getAttribute('datetime') ?? '').slice(0, 10), label: el.closest('p, li, dd, td')?.textContent?.trim().slice(0, 80) ?? '', kind: 'other' }))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  return {
    items: [{ kind: 'call', title: input.selection?.split('\n')[0]?.slice(0, 200) || title, url: input.url, summary: input.selection ?? meta('description') ?? '', deadlines }],
    diagnostics: ['metadata-only extraction (shared/extract not wired)'],
  };
}
