/**
 * Bearer-token auth for every /api/v1 route: 401 envelope for a missing, malformed or unknown token, 429 with
 * Retry-After for an unknown token from an address with too many failed attempts (a valid token always passes). Unknown tokens are looked up on every request, so a
 * token made by the CLI works at once; known ones come from the read cache only while the store is unchanged, so a
 * revoked one stops at once (services/read-cache.ts).
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { authenticate } from '../services/auth.ts';
import { AuthFailureLimiter } from './auth-failures.ts';
import { errorResponse } from './envelope.ts';

/** The auth middleware, with its own failure counter (one per app). */
export function requireAuth(limits: { limit: number; windowMs: number }, now: () => number) {
  const limiter = new AuthFailureLimiter(limits.limit, limits.windowMs, now);
  return createMiddleware<AppEnv>(async (c, next) => {
    const deps = c.get('deps');
    const header = c.req.header('Authorization');
    if (!header) return errorResponse(c, 401, 'unauthorized', 'missing bearer token');
    const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
    const actor = match ? await authenticate(deps.db, match[1], deps.readCache) : null;
    if (!actor) {
      // only the failing tokens are refused: a valid one from the same address has passed above
      const wait = limiter.idle ? 0 : limiter.retryAfter(deps.clientAddress(c));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return errorResponse(c, 429, 'too_many_requests', 'too many failed authentications; try again later');
      }
      limiter.fail(deps.clientAddress(c));
      return errorResponse(c, 401, 'unauthorized', match ? 'unknown or revoked token' : 'malformed Authorization header');
    }
    c.set('actor', actor);
    await next();
  });
}
