/**
 * The caller's address, for the failed-authentication limit. Behind a reverse proxy (the README's TLS set-up) every
 * request comes from the proxy: counting failures by socket address would lock every colleague out after one
 * stranger's 30 bad tokens. So when the socket address is one of the trusted proxies (CALLWATCH_TRUSTED_PROXIES), the
 * caller is the right-most X-Forwarded-For entry that is not itself a trusted proxy — the left part of that header is
 * whatever the client claims and is never used. Without trusted proxies the header is ignored.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The socket's remote address; 'unknown' without a socket (app.request() in tests). */
export function socketAddress(c: Context): string {
  try {
    return normalize(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) as plain IPv4, lower case: one spelling per address. */
function normalize(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

/** The client-address function for the given trusted proxy addresses (empty: the socket address as it is). */
export function clientAddressOf(trustedProxies: readonly string[], socket: (c: Context) => string = socketAddress): (c: Context) => string {
  const trusted = new Set(trustedProxies.map(normalize));
  if (trusted.size === 0) return socket;
  return (c) => {
    const peer = normalize(socket(c));
    if (!trusted.has(peer)) return peer;
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map(normalize).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
    return peer; // only proxies on the way (or no header): the proxy itself is the caller
  };
}
