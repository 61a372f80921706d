/**
 * CORS only for the extension (chrome-extension://…, moz-extension://…) and the origins named in CALLWATCH_ORIGINS:
 * the extension then needs no host permission, while web pages elsewhere cannot read the API with a stolen token.
 *
 * Same headers as hono/cors, but all set before the handler runs (setResponseHeader, response-headers.ts). hono/cors
 * touches `c.res` before and after the handler, which makes Hono re-wrap the finished response around its body stream; on
 * @hono/node-server that turns every answer into a streamed one and cost the API more than its database work
 * (an empty delta pull ran at a tenth of a bare route's requests/s — `npm run bench`).
 */
import type { Context } from 'hono';
import { setResponseHeader } from './response-headers.ts';

const ALLOW_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
const ALLOW_HEADERS = 'Authorization,Content-Type';
const EXPOSE_HEADERS = 'Retry-After,X-Request-Id';
const MAX_AGE = '600';

/** True when the origin may call the API from a browser. */
export function isAllowedOrigin(origin: string, extra: readonly string[]): boolean {
  return /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin) || extra.includes(origin);
}

/**
 * The CORS policy for the given extra origins: sets this request's CORS headers and answers a preflight (OPTIONS)
 * with 204; returns undefined for every other request, which goes on to its route.
 */
export function corsPolicy(extra: readonly string[]): (c: Context) => Response | undefined {
  return (c) => {
    const origin = c.req.header('origin');
    if (origin && isAllowedOrigin(origin, extra)) setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
    setResponseHeader(c, 'Vary', 'Origin', true);
    if (c.req.method !== 'OPTIONS') return undefined;
    setResponseHeader(c, 'Access-Control-Max-Age', MAX_AGE);
    setResponseHeader(c, 'Access-Control-Allow-Methods', ALLOW_METHODS);
    setResponseHeader(c, 'Access-Control-Allow-Headers', ALLOW_HEADERS);
    setResponseHeader(c, 'Vary', 'Access-Control-Request-Headers', true);
    return c.body(null, 204);
  };
}
