/**
 * Runs the extractor over one fetched HTML page — the whole page, or each block an `itemSelector` picks out, read as
 * a page of its own (in the worker: service/extract/read-page.ts) — and turns the drafts into finds.
 */
import { toFound } from '../found.ts';
import type { ReadContext, SourceFind } from './types.ts';

/** The finds of one page. Markup the parser cannot make sense of still parses (HTML parsing never fails). */
export async function extractHtml(ctx: Pick<ReadContext, 'extract' | 'now'>, html: string, url: string, itemSelector?: string | null): Promise<SourceFind[]> {
  const { items } = await ctx.extract({ html, url, now: ctx.now, ...(itemSelector ? { itemSelector } : {}) });
  const finds: SourceFind[] = [];
  for (const raw of items) {
    const found = toFound(raw, url);
    if (found) finds.push({ ...found, pageUrl: url });
  }
  return finds;
}
