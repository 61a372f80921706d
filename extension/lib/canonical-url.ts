/**
 * One spelling per page, so "already on the list" recognises a page clipped through another link to it:
 * no fragment, no tracking parameters, lower-case host, no default port, no trailing slash.
 */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|pk_campaign|pk_kwd)$/i;

/** The canonical spelling of an http(s) URL; null for anything else. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString().replace(/^https:/, 'http:').replace(/\?$/, '');
}

/** True when `url` may be used as a link target (page text never becomes a javascript: link). */
export function isSafeLink(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
