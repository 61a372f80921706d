/**
 * One spelling per page, on both sides: the extension recognises a page that is already on the list when it is
 * clipped through another link to it, and the scraper matches a call found again under a slightly different
 * address to the item the team already has. Equal after: no fragment, no tracking parameters, the other parameters
 * sorted, lower-case host without "www.", https for http, no default port, no trailing slash.
 */

/** Query parameters that only track clicks and never select content. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|_hs[a-z]+|piwik_[a-z]+|pk_[a-z]+|mtm_[a-z]+|wt_[a-z]+|etcc_[a-z]+)$/i;

/** The canonical spelling of an http(s) URL; null for anything else (unparsable, javascript:, mailto:…). */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  // http and https of one page are the same page
  url.protocol = 'https:';
  if (url.port === '443' || url.port === '80') url.port = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

/** A comparison key for any address: its canonical spelling, or the trimmed text when it is no http(s) URL. */
export function urlKey(input: string): string {
  return canonicalUrl(input) ?? input.trim();
}
