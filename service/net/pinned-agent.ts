import type { LookupAddress, LookupOptions } from 'node:dns';
import type { Agent } from 'undici';
import { undici } from '../lazy.ts';
import { resolveAllowed, type AddressPolicy } from './ssrf.ts';

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An undici Agent whose sockets connect only to addresses the policy allows. The check runs inside the socket's own
 * DNS lookup, so a name that resolves to a public address for the pre-check and to 127.0.0.1 a moment later
 * (DNS rebinding) is still refused: the address that is checked is the address that is dialled.
 * IP literals never reach a lookup (net.connect dials them directly); fetchPage checks those before each hop.
 * Asynchronous because undici is loaded on first use (service/lazy.ts).
 */
export async function createPinnedAgent(policy: AddressPolicy, options: { connectTimeoutMs?: number } = {}): Promise<Agent> {
  const { Agent } = await undici();
  const lookup = (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback): void => {
    resolveAllowed(hostname, policy).then(
      (all) => {
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const usable = wanted ? all.filter((a) => a.family === wanted) : all;
        if (usable.length === 0) {
          callback(Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), { code: 'ENOTFOUND' }), '');
          return;
        }
        // net.connect asks for all addresses when it races IPv4/IPv6 (autoSelectFamily), else for one
        if (lookupOptions.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: Error) => callback(error, ''),
    );
  };
  return new Agent({
    connect: { lookup, timeout: options.connectTimeoutMs ?? 10_000 },
    // bounded politeness: the scraper already goes one request at a time per host; this caps anything else
    connections: 4,
  });
}
