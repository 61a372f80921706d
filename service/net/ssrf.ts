import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import { FetchError } from './fetch-error.ts';

/**
 * Server-side request forgery guard: user-given URLs (sources, `extract`, webhooks) may not reach loopback, private,
 * link-local, metadata or otherwise special addresses. Ranges follow the IANA special-purpose registries
 * (https://www.iana.org/assignments/iana-ipv4-special-registry, …/iana-ipv6-special-registry).
 */

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses — the internet edge, injectable for tests. Rejects like dns.lookup. */
export type LookupFn = (hostname: string) => Promise<ResolvedAddress[]>;

/** Which addresses a user-given URL may reach. */
export interface AddressPolicy {
  /** lift the address rule (CALLWATCH_ALLOW_PRIVATE_SOURCES=1: tests, intranet deployments) */
  allowPrivate?: boolean;
  /** host name resolver; default: the system resolver (dns.lookup, all addresses) */
  lookup?: LookupFn;
  /** the address rule itself; default {@link isBlockedAddress} */
  isBlockedAddress?: (ip: string) => boolean;
}

const IPV4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
];

const IPV6_BLOCKED: Array<[string, number]> = [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible ::a.b.c.d
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments, incl. Teredo 2001::/32
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/**
 * IPv6 prefixes that carry an IPv4 address: IPv4-mapped (::ffff:a.b.c.d), well-known NAT64 (64:ff9b::a.b.c.d) and
 * 6to4 (2002:aabb:ccdd::). Each blocked IPv4 range is blocked inside them too, so ::ffff:127.0.0.1 or a NAT64 path
 * to 10.0.0.1 is refused while NAT64 to a public address (how IPv6-only networks reach IPv4 sites) still works.
 */
const IPV4_EMBEDDINGS: Array<{ format: (high: string, low: string) => string; offset: number }> = [
  { format: (high, low) => `::ffff:${high}:${low}`, offset: 96 },
  { format: (high, low) => `64:ff9b::${high}:${low}`, offset: 96 },
  { format: (high, low) => `2002:${high}:${low}::`, offset: 16 },
];

function buildBlockList(): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of IPV4_BLOCKED) {
    list.addSubnet(net, prefix, 'ipv4');
    const [a, b, c, d] = net.split('.').map(Number);
    const high = ((a << 8) | b).toString(16);
    const low = ((c << 8) | d).toString(16);
    for (const { format, offset } of IPV4_EMBEDDINGS) list.addSubnet(format(high, low), offset + prefix, 'ipv6');
  }
  for (const [net, prefix] of IPV6_BLOCKED) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

const blocked = buildBlockList();

/** True when an IP address must not be fetched (loopback, private, link-local, …); anything unparsable is blocked. */
export function isBlockedAddress(ip: string): boolean {
  const address = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // a zone index (fe80::1%eth0) only exists for link-local scopes; BlockList would not match it
  if (address.includes('%')) return true;
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

/** The system resolver: every address of the name, in the resolver's order. */
export const systemLookup: LookupFn = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, order: 'verbatim' });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENONAME']);

/** True for a resolver error that means "no such host" (rather than a network failure). */
export function isDnsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DNS_CODES.has(code);
}

/** RFC 6761: "localhost" and "*.localhost" are loopback whatever a resolver says, so they are refused by name. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Resolves a host name (or takes an IP literal) and checks every address against the policy.
 * Used before each request and again inside the connection's own lookup, so the socket only ever opens to a checked address.
 */
export async function resolveAllowed(hostname: string, policy: AddressPolicy, url?: string): Promise<ResolvedAddress[]> {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const literal = isIP(bare);
  const isBlocked = policy.isBlockedAddress ?? isBlockedAddress;
  if (literal !== 0) {
    if (!policy.allowPrivate && isBlocked(bare)) throw new FetchError('blocked_address', { url, address: bare });
    return [{ address: bare, family: literal === 6 ? 6 : 4 }];
  }
  if (!policy.allowPrivate && isLocalhostName(bare)) throw new FetchError('blocked_address', { url, address: bare });
  let addresses: ResolvedAddress[];
  try {
    addresses = await (policy.lookup ?? systemLookup)(bare);
  } catch (error) {
    throw new FetchError(isDnsError(error) ? 'dns' : 'network', { url, cause: error, reason: (error as Error)?.message });
  }
  if (addresses.length === 0) throw new FetchError('dns', { url });
  if (!policy.allowPrivate) {
    // one bad address is enough: the connection may pick any of them (happy eyeballs, round robin)
    const bad = addresses.find((a) => isBlocked(a.address));
    if (bad) throw new FetchError('blocked_address', { url, address: bad.address });
  }
  return addresses;
}

/** Parses a user-given URL and refuses what may never be fetched: other schemes, credentials. No network. */
export function parseFetchableUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch (error) {
    throw new FetchError('invalid_url', { url: String(input), cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported_scheme', { url: url.href, reason: url.protocol });
  }
  if (url.username || url.password) throw new FetchError('credentials_in_url', { url: url.origin });
  if (!url.hostname) throw new FetchError('invalid_url', { url: url.href });
  return url;
}

/**
 * Throws a FetchError unless `url` is http(s), carries no credentials and every address its host resolves to is public
 * (or `allowPrivate` is set). Returns the parsed URL and the checked addresses.
 */
export async function assertPublicUrl(
  input: string | URL,
  policy: AddressPolicy = {},
): Promise<{ url: URL; addresses: ResolvedAddress[] }> {
  const url = parseFetchableUrl(input);
  const addresses = await resolveAllowed(url.hostname, policy, url.href);
  return { url, addresses };
}
