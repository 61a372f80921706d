/**
 * Following links to detail pages (listings, feeds) — web pages or PDFs: one page after the other through the polite fetcher, each with
 * the validators of our last copy. A detail page that fails is noted and skipped — it never fails the whole run.
 */
import { describeFailure } from '../scrape-error.ts';
import { extractFetched } from './extract-fetched.ts';
import { record, type ReadContext, type ReadResult, type SourceFind } from './types.ts';

type Collected = Pick<ReadResult, 'finds' | 'pages' | 'unchangedPages' | 'failures'>;

/** Fetches and reads one detail page into `into`; returns the finds it added (null when the page failed). */
export async function followLink(ctx: ReadContext, url: string, into: Collected): Promise<SourceFind[] | null> {
  try {
    const page = await ctx.fetch(url, ctx.validators.get(url));
    into.pages.push(record(url, page));
    if (page.notModified) {
      into.unchangedPages.push(url);
      return [];
    }
    // the item is known by the address we followed, whatever the site redirected to
    const finds = (await extractFetched(ctx, page, url)).map((f) => (f.url === page.url ? { ...f, url } : f));
    into.finds.push(...finds);
    return finds;
  } catch (error) {
    into.failures.push({ url, ...describeFailure(error) });
    return null;
  }
}
