/**
 * robots.txt per origin (RFC 9309), parsed with robots-parser and cached. A missing file (4xx) allows everything; a
 * server error means "assume complete disallow" for a short while; a host we cannot reach at all fails the fetch the
 * same way the page itself would.
 */
import { isFetchError } from '../net/fetch-error.ts';
import type { FetchedPage } from '../net/fetch-page.ts';
import { robotsParser } from '../lazy.ts';

/** What robots.txt says about one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** the site's Crawl-delay for us, in ms */
  crawlDelayMs?: number;
  /** robots.txt could not be read (server error): everything is refused for now */
  unavailable?: boolean;
}

interface Rules {
  isAllowed(url: string): boolean;
  crawlDelayMs?: number;
  unavailable?: boolean;
}

interface Entry {
  rules: Promise<Rules>;
  expires: number;
}

export interface RobotsCacheOptions {
  /** fetches robots.txt (through the polite queue and the SSRF policy) */
  fetch: (url: string) => Promise<FetchedPage>;
  userAgent: string;
  /** how long a fetched robots.txt is trusted (default 24 h, as RFC 9309 suggests) */
  ttlMs?: number;
  /** how long a server error's "disallow all" holds (default 10 min) */
  errorTtlMs?: number;
  now?: () => number;
}

const ALLOW_ALL: Rules = { isAllowed: () => true };
const UNAVAILABLE: Rules = { isAllowed: () => false, unavailable: true };
/** Crawl-delays beyond this are read as this: a source must still be readable within one run. */
const MAX_CRAWL_DELAY_MS = 30_000;

/** Fetches and caches robots.txt per origin; concurrent checks of one origin share one fetch. */
export class RobotsCache {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.#now = options.now ?? Date.now;
  }

  /** Whether `url` may be fetched, per its origin's robots.txt. */
  async check(url: URL): Promise<RobotsVerdict> {
    const rules = await this.#rulesFor(url.origin);
    return { allowed: rules.isAllowed(url.href), crawlDelayMs: rules.crawlDelayMs, unavailable: rules.unavailable };
  }

  /** Forgets every cached file (tests, or an admin's "run now" after fixing a site). */
  clear(): void {
    this.#entries.clear();
  }

  #rulesFor(origin: string): Promise<Rules> {
    const cached = this.#entries.get(origin);
    if (cached && cached.expires > this.#now()) return cached.rules;
    const entry: Entry = { rules: this.#load(origin, (ttl) => (entry.expires = this.#now() + ttl)), expires: Infinity };
    this.#entries.set(origin, entry);
    // an unreachable host is not cached: the next run asks again
    entry.rules.catch(() => this.#entries.get(origin) === entry && this.#entries.delete(origin));
    return entry.rules;
  }

  async #load(origin: string, keepFor: (ms: number) => void): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const ttl = this.options.ttlMs ?? 24 * 60 * 60 * 1000;
    try {
      const page = await this.options.fetch(robotsUrl);
      keepFor(ttl);
      // robots.txt must be plain text; an HTML error page served with 200 is no rule set
      if (page.contentType !== '' && page.contentType !== 'text/plain') return ALLOW_ALL;
      const parsed = (await robotsParser())(robotsUrl, page.html);
      const ua = this.options.userAgent;
      const delay = parsed.getCrawlDelay(ua);
      return {
        // robots-parser answers undefined for URLs of another origin: those are not ours to judge
        isAllowed: (url) => parsed.isAllowed(url, ua) !== false,
        crawlDelayMs: delay === undefined ? undefined : Math.min(delay * 1000, MAX_CRAWL_DELAY_MS),
      };
    } catch (error) {
      if (isFetchError(error, 'http_error') && (error.status ?? 0) >= 400 && (error.status ?? 0) < 500 && error.status !== 429) {
        keepFor(ttl);
        return ALLOW_ALL;
      }
      if (isFetchError(error, 'http_error') || isFetchError(error, 'too_large')) {
        // RFC 9309 §2.3.1.4: an unreachable robots.txt (5xx, 429) means complete disallow until it can be read
        keepFor(this.options.errorTtlMs ?? 10 * 60 * 1000);
        return UNAVAILABLE;
      }
      if (isFetchError(error, 'not_html') || isFetchError(error, 'too_many_redirects')) {
        keepFor(ttl);
        return ALLOW_ALL;
      }
      throw error;
    }
  }
}
