/** kind "page": one page announcing one or more calls or events (a call's page, an event calendar). */
import { extractHtml } from './extract-html.ts';
import { openSource, type Reader } from './types.ts';

export const pageReader: Reader = {
  async read(ctx) {
    const { page, result } = await openSource(ctx);
    if (!page.notModified) result.finds.push(...(await extractHtml(ctx, page.html, page.url, ctx.source.itemSelector)));
    return result;
  },
};
