/**
 * kind "rss": an RSS or Atom feed of news, calls or events. Each entry's page is followed and read by the extractor
 * (feeds carry teasers; the page has the deadlines); when that page cannot be fetched, the entry's own text is read.
 */
import { ScrapeError } from '../scrape-error.ts';
import { extractHtml } from './extract-html.ts';
import { looksLikeFeed, readFeedEntries } from './feed-entries.ts';
import { followLink } from './follow.ts';
import { openSource, type Reader } from './types.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const rssReader: Reader = {
  async read(ctx) {
    const { url } = ctx.source;
    const { page: feed, result } = await openSource(ctx);
    if (feed.notModified) return result;
    if (!looksLikeFeed(feed.html)) throw new ScrapeError('unreadable', `${url} is not an RSS or Atom feed.`, { url });
    for (const entry of readFeedEntries(feed.html, feed.url).slice(0, ctx.maxLinks)) {
      const followed = entry.link ? await followLink(ctx, entry.link, result) : null;
      if (followed !== null) continue;
      // no page to follow, or it failed: the entry's text is all we have (its HTML is parsed as data, never shown)
      const page = `<!doctype html><html><head><title>${escape(entry.title)}</title></head><body><main><h1>${escape(entry.title)}</h1>${entry.html}</main></body></html>`;
      const pageUrl = entry.link ?? url;
      result.finds.push(...(await extractHtml(ctx, page, pageUrl)));
    }
    return result;
  },
};
