/** URL helpers of the extension: the shared canonical spelling of a page (shared/canonical-url.ts) and safe links. */
export { canonicalUrl } from '../../shared/canonical-url.ts';

/** True when `url` may be used as a link target (page text never becomes a javascript: link). */
export function isSafeLink(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
