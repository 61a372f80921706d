/** What every reader (one per source kind) receives and returns. Readers fetch and read; they never touch storage. */
import type { SourceKind } from '../../../shared/api/sources.ts';
import type { FetchedPage } from '../../net/fetch-page.ts';
import type { ExtractPage } from '../extractor.ts';
import type { Found } from '../found.ts';
import type { FailureRecord } from '../scrape-error.ts';
import type { Validators } from '../polite-fetcher.ts';

/** the kinds of the sources API's contract: each has its reader (index.ts) */
export type { SourceKind };

/** The parts of a source a reader needs. */
export interface ReaderSource {
  id: string;
  url: string;
  kind: SourceKind;
  itemSelector?: string | null;
  linkSelector?: string | null;
}

export interface ReadContext {
  source: ReaderSource;
  fetch(url: string, validators?: Validators): Promise<FetchedPage>;
  extract: ExtractPage;
  now: Date;
  /** validators of the copies of this source's pages we hold, by URL */
  validators: ReadonlyMap<string, Validators>;
  /** detail pages followed per run at most */
  maxLinks: number;
}

/** A find and the page it was read from. */
export interface SourceFind extends Found {
  pageUrl: string;
  /** the find's own identity in its source when it has one (an iCalendar UID) */
  key?: string;
}

/** One page fetched during a run, with the validators to send next time. */
export interface FetchedRecord {
  url: string;
  status: number;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

export interface ReadResult {
  /** HTTP status of the source's own URL (304 when unchanged) */
  httpStatus: number;
  /** the source's own URL answered 304: nothing was read */
  notModified: boolean;
  finds: SourceFind[];
  /** every page fetched, for its validators */
  pages: FetchedRecord[];
  /** pages that answered 304: what was found on them before still stands */
  unchangedPages: string[];
  /** followed pages that failed (the source's own page failing fails the whole run instead) */
  failures: Array<FailureRecord & { url: string }>;
}

export interface Reader {
  read(ctx: ReadContext): Promise<ReadResult>;
}

/** The record of a fetched page. */
export function record(requested: string, page: FetchedPage): FetchedRecord {
  return { url: requested, status: page.status, notModified: page.notModified, etag: page.etag ?? null, lastModified: page.lastModified ?? null };
}

/** Fetches the source's own URL (with the validators of our copy) and starts the run's result with it: no finds yet. */
export async function openSource(ctx: ReadContext): Promise<{ page: FetchedPage; result: ReadResult }> {
  const { url } = ctx.source;
  const page = await ctx.fetch(url, ctx.validators.get(url));
  const result: ReadResult = {
    httpStatus: page.notModified ? 304 : page.status,
    notModified: page.notModified,
    finds: [],
    pages: [record(url, page)],
    unchangedPages: page.notModified ? [url] : [],
    failures: [],
  };
  return { page, result };
}
