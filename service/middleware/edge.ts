/**
 * What happens at the edge of every request, in one middleware: the request id, the app's dependencies on the
 * context, the security and CORS headers (a preflight is answered here), the body limit, and the log line once the
 * answer is settled. Each concern lives in its own file as a plain function; this runs them in one async frame —
 * as six Hono middlewares (six frames and promises per request) they cost an empty delta pull a sixth of its
 * requests/s (`npm run bench`).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../env.ts';
import { corsPolicy } from './cors.ts';
import { logRequest } from './request-log.ts';
import { requestIdOf } from './request-id.ts';
import { setResponseHeader, setResponseHeaders } from './response-headers.ts';
import { SECURE_HEADERS } from './secure-headers.ts';

export interface EdgeOptions {
  /** the request body limit (hono/body-limit, skipped for GET and HEAD — body-limit.ts) */
  limitBody: MiddlewareHandler;
}

/** The edge middleware of an app with these dependencies. */
export function edge(deps: AppDeps, options: EdgeOptions): MiddlewareHandler<AppEnv> {
  const cors = corsPolicy(deps.origins);
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdOf(c);
    c.set('requestId', id);
    c.set('deps', deps);
    setResponseHeader(c, 'X-Request-Id', id);
    setResponseHeaders(c, SECURE_HEADERS);
    try {
      // a preflight, or a body over the limit, is answered here; everything else by its route
      return cors(c) ?? (await options.limitBody(c, next));
    } finally {
      logRequest(c, started);
    }
  };
}
