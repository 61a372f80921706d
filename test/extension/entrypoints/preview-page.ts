/** A page as the content script returns it, from extractor drafts: what the preview suites store with storeDraft(). */
import { toDraftItem } from '../../../extension/lib/clip/draft.ts';

export const clippedPage = (items: unknown[], url = 'https://agency.example/call') => ({
  url,
  canonicalUrl: null,
  pageTitle: 'Agentur',
  fromSelection: false,
  items: items.map((i) => toDraftItem(i, url)),
  diagnostics: [],
});
