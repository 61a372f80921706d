/**
 * The canonical form of an item's address, so a call found again under a slightly different URL (tracking
 * parameters, a fragment, a trailing slash, upper-case host, default port) is matched to the item we already have.
 */

/** Query parameters that only track clicks and never select content. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|_hs[a-z]+|piwik_[a-z]+|pk_[a-z]+|mtm_[a-z]+|wt_[a-z]+|etcc_[a-z]+)$/i;

/** The canonical form of an http(s) URL; anything unparsable is returned trimmed as it is. */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  // http and https of one page are the same page for matching
  url.protocol = 'https:';
  if (url.port === '443' || url.port === '80') url.port = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}
