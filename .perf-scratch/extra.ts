import { createMiddleware } from 'hono/factory';
const H: [string, string][] = [
  ['Cross-Origin-Resource-Policy', 'same-origin'], ['Cross-Origin-Opener-Policy', 'same-origin'], ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'], ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'], ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'], ['X-Download-Options', 'noopen'], ['X-Frame-Options', 'SAMEORIGIN'], ['X-Permitted-Cross-Domain-Policies', 'none'], ['X-XSS-Protection', '0'],
];
export const sec2 = createMiddleware(async (c, next) => { for (const [k, v] of H) c.header(k, v); await next(); });
import type { ServerResponse } from 'node:http';
const out = (c: any): ServerResponse | undefined => c.env?.outgoing;
export const nodeAll = createMiddleware(async (c, next) => {
  const o = out(c)!;
  const id = crypto.randomUUID();
  c.set('requestId', id);
  o.setHeader('X-Request-Id', id);
  for (const [k, v] of H) o.setHeader(k, v);
  o.setHeader('Access-Control-Expose-Headers', 'Retry-After,X-Request-Id');
  o.appendHeader('Vary', 'Origin');
  await next();
});
