/**
 * The scraper's port to the shared extraction pipeline (DESIGN.md "Extraction"): `extract({ html, url, now })` →
 * `{ items: Draft[] }`. A port, so the engine can be given another reader; the default runs shared/extract in the
 * service's worker pool (service/extract/pool.ts), with its time budget and memory cap.
 * Drafts are read tolerantly by toFound(), so the pipeline may grow fields without a change here.
 */
import type { SiteProfile } from '../../shared/extract/profile/schema.ts';
import { extractionPool } from '../extract/pool.ts';

/** One page to read. */
export interface ExtractInput {
  html: string;
  url: string;
  now: Date;
  /** a source's CSS selector for its entries: each match is read as a page of its own */
  itemSelector?: string | null;
  /** the text the user selected (POST /api/v1/extract) */
  selection?: string;
  /** a PDF's bytes (then `html` is ''): read into a page in the worker first (service/pdf) */
  pdf?: Uint8Array;
  /** the team's site profile of the page's host (service/profiles/with-profiles.ts), applied first */
  profile?: SiteProfile | null;
}

/** Reads the calls and events of one page. */
export type ExtractPage = (page: ExtractInput) => { items: readonly unknown[] } | Promise<{ items: readonly unknown[] }>;

/** The shared pipeline in the worker pool; a page over budget rejects with an ExtractionError. */
export const sharedExtractor: ExtractPage = (page) => extractionPool().extract(page);
