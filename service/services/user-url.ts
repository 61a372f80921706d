/**
 * A URL a user gives the service to contact later (a watched source, a webhook, a Web Push endpoint) is checked
 * against the address policy when it is saved, so the user hears at once that an internal address is refused —
 * and again, after DNS and on every redirect, whenever it is contacted (service/net/ssrf.ts).
 */
import { invalid } from '../errors.ts';
import { FetchError, isFetchError } from '../net/fetch-error.ts';
import { assertPublicUrl, type AddressPolicy } from '../net/ssrf.ts';

/** How long the check waits for DNS before it lets the URL pass (the contact itself checks again). */
const DNS_WAIT_MS = 3000;

/**
 * Throws a 400 naming `field` unless `url` is http(s) without credentials and no address of its host is internal
 * (internal ones pass with `policy.allowPrivate`; the scheme and credentials rules hold regardless).
 * A host that cannot be resolved right now is accepted: the contact will record why it fails, and DNS may be back
 * by then.
 */
export async function refuseInternalUrl(url: string, policy: AddressPolicy, field = 'url'): Promise<void> {
  try {
    await Promise.race([assertPublicUrl(url, policy), new Promise((resolve) => setTimeout(resolve, DNS_WAIT_MS).unref())]);
  } catch (error) {
    if (isFetchError(error, 'dns') || isFetchError(error, 'network')) return;
    const message = error instanceof Error ? error.message : String(error);
    // a FetchError says it in German too (the address is part of it, so the catalogue cannot)
    const messageDe = error instanceof FetchError ? error.messageDe : undefined;
    throw invalid(message, [{ field, message, messageDe }], messageDe);
  }
}
