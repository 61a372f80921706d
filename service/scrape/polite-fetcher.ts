/**
 * The scraper's only way to the web: the safe fetcher of service/net (SSRF checks on every hop, time and size
 * limits, redirects, charsets, conditional requests) behind robots.txt, a per-host serial queue with a minimum
 * pause, a global cap, and Retry-After. A host that asks us to wait long is not waited for: the fetch fails at once
 * with `rate_limited` and the source's next run is put after the date the host gave.
 */
import { isFetchError, type FetchError } from '../net/fetch-error.ts';
import { createFetchPage, type FetchedPage, type PageFetcher } from '../net/fetch-page.ts';
import { parseFetchableUrl, type AddressPolicy } from '../net/ssrf.ts';
import { USER_AGENT } from '../net/user-agent.ts';
import { PDF_LIMITS } from '../pdf/limits.ts';
import { HostQueue } from './host-queue.ts';
import { retryAfterAt } from './retry-after.ts';
import { RobotsCache } from './robots.ts';
import { ScrapeError } from './scrape-error.ts';

/** The limits of DESIGN.md "Sources and scraping" and the issue: 20 s including slow bodies, 5 MB, 5 redirects. */
export const SCRAPE_LIMITS = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  /** pause between two requests to one host */
  minDelayMs: 1_000,
  /** requests in flight over all hosts */
  concurrency: 8,
  /** a Retry-After up to this long is waited for within the run; longer ones end the run */
  maxRetryWaitMs: 10_000,
} as const;

export interface PoliteFetcherOptions extends AddressPolicy {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** largest PDF read (default 20 MB: PDF_LIMITS) */
  maxPdfBytes?: number;
  minDelayMs?: number;
  concurrency?: number;
  maxRetryWaitMs?: number;
  /** robots.txt cache lifetime (default 24 h) */
  robotsTtlMs?: number;
  now?: () => number;
}

/** Validators of the copy we hold, sent as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A polite fetcher: `fetch` a page, `close` its connections. */
export interface PoliteFetcher {
  fetch(url: string, validators?: Validators, signal?: AbortSignal): Promise<FetchedPage>;
  close(): Promise<void>;
}

const hostOf = (url: URL) => url.host.toLowerCase();

/** Builds the polite fetcher the scraper shares across all sources (one per service process). */
export function createPoliteFetcher(options: PoliteFetcherOptions = {}): PoliteFetcher {
  const now = options.now ?? Date.now;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? SCRAPE_LIMITS.maxRetryWaitMs;
  const pages: PageFetcher = createFetchPage(
    { allowPrivate: options.allowPrivate, lookup: options.lookup, isBlockedAddress: options.isBlockedAddress },
    {
      timeoutMs: options.timeoutMs ?? SCRAPE_LIMITS.timeoutMs,
      maxBytes: options.maxBytes ?? SCRAPE_LIMITS.maxBytes,
      maxRedirects: options.maxRedirects ?? SCRAPE_LIMITS.maxRedirects,
      // a source, a listing's link or a watched item may be a call's PDF (read by service/pdf)
      maxPdfBytes: options.maxPdfBytes ?? PDF_LIMITS.maxBytes,
    },
  );
  const queue = new HostQueue({
    minDelayMs: options.minDelayMs ?? SCRAPE_LIMITS.minDelayMs,
    concurrency: options.concurrency ?? SCRAPE_LIMITS.concurrency,
    now,
  });

  /** One request in the host's turn; a 429/503 pauses the host for what Retry-After says. */
  const queued = async (url: URL, validators: Validators, signal?: AbortSignal): Promise<FetchedPage> => {
    const host = hostOf(url);
    if (queue.pausedUntil(host) - now() > maxRetryWaitMs) throw rateLimited(url, queue.pausedUntil(host));
    return queue.run(host, async () => {
      try {
        return await pages(url, { etag: validators.etag ?? undefined, lastModified: validators.lastModified ?? undefined, signal });
      } catch (error) {
        const at = rateLimitStatus(error) === undefined ? undefined : retryAfterAt((error as FetchError).details.retryAfter, now());
        if (at !== undefined) queue.pauseUntil(host, at);
        throw error;
      }
    });
  };

  const robots = new RobotsCache({
    fetch: (robotsUrl) => queued(new URL(robotsUrl), {}),
    userAgent: USER_AGENT,
    ttlMs: options.robotsTtlMs,
    now,
  });

  async function fetchPolitely(input: string, validators: Validators = {}, signal?: AbortSignal): Promise<FetchedPage> {
    const url = parseFetchableUrl(input);
    const verdict = await robots.check(url);
    if (verdict.crawlDelayMs !== undefined) queue.setHostDelay(hostOf(url), verdict.crawlDelayMs);
    if (!verdict.allowed) {
      throw new ScrapeError(
        'robots_disallowed',
        verdict.unavailable
          ? `robots.txt of ${url.host} could not be read; nothing is fetched from there until it can.`
          : `robots.txt of ${url.host} does not allow fetching ${url.pathname}.`,
        { url: url.href },
      );
    }
    try {
      return await queued(url, validators, signal);
    } catch (error) {
      const status = rateLimitStatus(error);
      if (status === undefined) throw error;
      const host = hostOf(url);
      const at = queue.pausedUntil(host) > now() ? queue.pausedUntil(host) : undefined;
      if (at === undefined || at - now() > maxRetryWaitMs) throw rateLimited(url, at, status);
      // a short Retry-After is honoured by waiting for it (the queue holds the host until then) and asking once more
      try {
        return await queued(url, validators, signal);
      } catch (again) {
        const againStatus = rateLimitStatus(again);
        if (againStatus === undefined) throw again;
        throw rateLimited(url, queue.pausedUntil(host) > now() ? queue.pausedUntil(host) : undefined, againStatus);
      }
    }
  }

  return { fetch: fetchPolitely, close: () => pages.close() };
}

function rateLimited(url: URL, retryAt: number | undefined, status = 429): ScrapeError {
  const when = retryAt === undefined ? '' : ` (asked to retry after ${new Date(retryAt).toISOString()})`;
  return new ScrapeError('rate_limited', `${url.host} answered ${status}: too many requests or unavailable${when}.`, {
    url: url.href,
    status,
    retryAt,
  });
}

/** 429 or 503 when the error is such an answer, else undefined. */
function rateLimitStatus(error: unknown): number | undefined {
  return isFetchError(error, 'http_error') && (error.status === 429 || error.status === 503) ? error.status : undefined;
}
