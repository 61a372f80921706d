/**
 * Failures of scraping that are not failures of one fetch: robots.txt said no, the host asked us to wait, the page
 * could not be read. Fetch failures stay FetchErrors (service/net); {@link describeFailure} turns either into what
 * a run records.
 */
import { normalizeText } from '../../shared/text.ts';
import { ExtractionError } from '../extract/extraction-error.ts';
import { isFetchError } from '../net/fetch-error.ts';

export type ScrapeErrorCode = 'robots_disallowed' | 'rate_limited' | 'unreadable' | 'selector';

export class ScrapeError extends Error {
  override readonly name = 'ScrapeError';
  constructor(
    readonly code: ScrapeErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; retryAt?: number } = {},
  ) {
    super(message);
  }
}

/** What a run records about a failure: a stable code, a message for people, the HTTP status when there was one. */
export interface FailureRecord {
  code: string;
  message: string;
  httpStatus: number | null;
  /** the host asked us not to come back before this instant (ms) */
  retryAt?: number;
}

/** Describes any error thrown while scraping (unknown errors keep only their message: never a stack). */
export function describeFailure(error: unknown): FailureRecord {
  if (error instanceof ScrapeError) {
    return { code: error.code, message: error.message, httpStatus: error.details.status ?? null, retryAt: error.details.retryAt };
  }
  if (isFetchError(error)) return { code: error.code, message: error.message, httpStatus: error.details.status ?? null };
  if (error instanceof ExtractionError) return { code: error.code, message: error.message, httpStatus: null };
  // any error's text may quote a page or a stored value: normalised, or PostgreSQL may refuse to record it
  const message = normalizeText(error instanceof Error ? error.message : String(error));
  return { code: 'internal', message: message.slice(0, 500), httpStatus: null };
}
