/**
 * ETag of a feed body, so calendar clients polling `GET /ics/<token>.ics` get 304 while nothing changed. The feed
 * is built deterministically (sorted, DTSTAMP from the items' own update times), so equal data gives an equal tag.
 */
import { createHash } from 'node:crypto';

/** Strong ETag: the quoted base64url SHA-256 of the body. */
export function feedEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header matches the tag (a list, `*`, and weak `W/` tags as RFC 9110 compares them). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
