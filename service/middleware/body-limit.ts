/**
 * The request body limit (hono/body-limit) for the methods whose bodies the API reads. hono/body-limit first reads
 * `c.req.raw.body`, which on @hono/node-server builds a whole fetch Request from the incoming message — for every
 * GET too, a large share of an empty delta pull's cost (`npm run bench`). No GET or HEAD route reads a body, so
 * those go straight on; whatever body such a request might carry is never buffered.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** hono/body-limit with `maxSize` and `onError`, skipped for GET and HEAD. */
export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const limit = bodyLimit({ maxSize, onError });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}
