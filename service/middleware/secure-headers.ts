/**
 * Security headers on every answer: the defaults of hono/secure-headers, computed once. hono/secure-headers
 * builds its list per request and sets it on the finished Response after the route ran; here the fixed list goes
 * out through setResponseHeaders before it (see response-headers.ts for why that is cheaper).
 */
import { createMiddleware } from 'hono/factory';
import { setResponseHeaders } from './response-headers.ts';

/** The headers and values hono/secure-headers sets with its default options. */
export const SECURE_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

export const secureHeaders = createMiddleware(async (c, next) => {
  setResponseHeaders(c, SECURE_HEADERS);
  await next();
});
