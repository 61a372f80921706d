/** kind "page": one page announcing one or more calls or events (a call's page, an event calendar). */
import { extractHtml } from './extract-html.ts';
import { record, type Reader } from './types.ts';

export const pageReader: Reader = {
  async read(ctx) {
    const { url, itemSelector } = ctx.source;
    const page = await ctx.fetch(url, ctx.validators.get(url));
    const fetched = record(url, page);
    if (page.notModified) return { httpStatus: 304, notModified: true, finds: [], pages: [fetched], unchangedPages: [url], failures: [] };
    return {
      httpStatus: page.status,
      notModified: false,
      finds: extractHtml(ctx, page.html, page.url, itemSelector),
      pages: [fetched],
      unchangedPages: [],
      failures: [],
    };
  },
};
