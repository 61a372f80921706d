/**
 * Opt-in route for `npm run bench` (CALLWATCH_BENCH_ROUTES=1, read in service/main.ts): `GET /bench/bare`, a bare
 * Hono route served by the same process and HTTP server as the API, but without its middleware, auth or storage —
 * the baseline the sync routes' requests/s are compared against. Off by default: it is not part of the API.
 */
import { Hono } from 'hono';

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

const BARE_PATH = /^[a-z]+:\/\/[^/]+\/bench\/bare(?:[?#]|$)/i;

export const bench = new Hono().get('/bench/bare', (c) => c.json({ ok: true }));

/** The app's fetch handler with `/bench/bare` answered by the bare app (and everything else by the app, untouched). */
export function withBenchRoutes(fetch: Fetch): Fetch {
  return (request, env) => (BARE_PATH.test(request.url) ? bench.fetch(request, env) : fetch(request, env));
}
