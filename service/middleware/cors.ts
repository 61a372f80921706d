/**
 * CORS only for the extension (chrome-extension://…, moz-extension://…) and the origins named in CALLWATCH_ORIGINS:
 * the extension then needs no host permission, while web pages elsewhere cannot read the API with a stolen token.
 *
 * Same headers as hono/cors, but all set through c.header() before the handler runs. hono/cors touches `c.res`
 * before and after the handler, which makes Hono re-wrap the finished response around its body stream; on
 * @hono/node-server that turns every answer into a streamed one and cost the API more than its database work
 * (an empty delta pull ran at a tenth of a bare route's requests/s — `npm run bench`).
 */
import { createMiddleware } from 'hono/factory';

const ALLOW_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
const ALLOW_HEADERS = 'Authorization,Content-Type';
const EXPOSE_HEADERS = 'Retry-After,X-Request-Id';
const MAX_AGE = '600';

/** True when the origin may call the API from a browser. */
export function isAllowedOrigin(origin: string, extra: readonly string[]): boolean {
  return /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin) || extra.includes(origin);
}

/** The CORS middleware for the given extra origins; answers preflights (OPTIONS) itself with 204. */
export function extensionCors(extra: readonly string[]) {
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && isAllowedOrigin(origin, extra)) c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    c.header('Vary', 'Origin', { append: true });
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Max-Age', MAX_AGE);
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
      c.header('Vary', 'Access-Control-Request-Headers', { append: true });
      return c.body(null, 204);
    }
    await next();
  });
}
