/** "Already on the list": finds the team's item for a page by canonical URL. */
import type { Item } from '../../shared/schema.ts';
import { canonicalUrl } from './canonical-url.ts';

/** The live item whose URL is the same page as any of `urls` (the tab's URL, the page's rel=canonical). */
export function findItemForPage(items: Iterable<Item>, urls: readonly (string | null | undefined)[]): Item | null {
  const wanted = new Set(urls.map(canonicalUrl).filter((u): u is string => u !== null));
  if (wanted.size === 0) return null;
  for (const item of items) {
    if (item.deleted) continue;
    const key = canonicalUrl(item.url);
    if (key && wanted.has(key)) return item;
  }
  return null;
}
