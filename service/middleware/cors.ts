/**
 * CORS only for the extension (chrome-extension://…, moz-extension://…) and the origins named in CALLWATCH_ORIGINS:
 * the extension then needs no host permission, while web pages elsewhere cannot read the API with a stolen token.
 */
import { cors } from 'hono/cors';

/** True when the origin may call the API from a browser. */
export function isAllowedOrigin(origin: string, extra: readonly string[]): boolean {
  return /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin) || extra.includes(origin);
}

/** The CORS middleware for the given extra origins. */
export function extensionCors(extra: readonly string[]) {
  return cors({
    origin: (origin) => (origin && isAllowedOrigin(origin, extra) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
}
