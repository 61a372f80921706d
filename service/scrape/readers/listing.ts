/**
 * kind "listing": an overview page (news, calls, events) whose entries link to detail pages. The links are found by
 * discoverLinks (no site-specific selectors needed); each detail page is read by the extractor. A listing without
 * such links is read as a page of its own (a calendar that lists everything inline).
 */
import { discoverLinks } from '../discover-links.ts';
import { extractFetched } from './extract-fetched.ts';
import { followLink } from './follow.ts';
import { openSource, type Reader } from './types.ts';

export const listingReader: Reader = {
  async read(ctx) {
    const { linkSelector, itemSelector } = ctx.source;
    const { page, result } = await openSource(ctx);
    // an unchanged listing links the same pages: their own changes are caught by the daily re-check of watched items
    if (page.notModified) return result;
    // a PDF links nothing: it is read as the page of the call it is
    const links = page.pdf ? [] : discoverLinks(page.html, page.url, { linkSelector, itemSelector, max: ctx.maxLinks });
    if (links.length === 0) {
      result.finds.push(...(await extractFetched(ctx, page, page.url)));
      return result;
    }
    for (const link of links) await followLink(ctx, link.url, result);
    return result;
  },
};
