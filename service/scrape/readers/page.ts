/** kind "page": one page announcing one or more calls or events (a call's page, an event calendar, a call's PDF). */
import { extractFetched } from './extract-fetched.ts';
import { openSource, type Reader } from './types.ts';

export const pageReader: Reader = {
  async read(ctx) {
    const { page, result } = await openSource(ctx);
    if (!page.notModified) result.finds.push(...(await extractFetched(ctx, page, page.url, ctx.source.itemSelector)));
    return result;
  },
};
