/**
 * Headers every answer carries (request id, security headers, CORS), set where they cost least. Under
 * @hono/node-server they go straight onto Node's ServerResponse (`c.env.outgoing`), which merges them into whatever
 * the route answers: the route's Response then needs no fetch `Headers` object at all, and @hono/node-server writes
 * it through its fast path — building, sorting and copying a `Headers` of ~15 entries per request was a large share
 * of an empty delta pull (`npm run bench`). Elsewhere (app.request() in tests) they go through c.header() as usual.
 */
import type { Context } from 'hono';
import type { ServerResponse } from 'node:http';

/** Node's response of this request when served by @hono/node-server and not yet sent. */
function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return outgoing && typeof outgoing.setHeader === 'function' && !outgoing.headersSent ? outgoing : undefined;
}

/** Sets (or, with `append`, adds to) a header of this request's answer, whatever the route answers. */
export function setResponseHeader(c: Context, name: string, value: string, append = false): void {
  const outgoing = nodeResponse(c);
  if (!outgoing) c.header(name, value, { append });
  else if (append) outgoing.appendHeader(name, value);
  else outgoing.setHeader(name, value);
}

/** Sets a fixed list of headers (precomputed by the caller) on this request's answer. */
export function setResponseHeaders(c: Context, headers: readonly (readonly [string, string])[]): void {
  const outgoing = nodeResponse(c);
  if (outgoing) for (const [name, value] of headers) outgoing.setHeader(name, value);
  else for (const [name, value] of headers) c.header(name, value);
}
