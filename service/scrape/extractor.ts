/**
 * The scraper's port to the shared extraction pipeline (DESIGN.md "Extraction"): `extract({ view, url, now })` →
 * `{ items: Draft[] }`. A port, so the engine can be given another reader; the default is shared/extract itself.
 * Drafts are read tolerantly by toFound(), so the pipeline may grow fields without a change here.
 */
import type { PageView } from '../../shared/extract/view.ts';
import { extraction } from '../lazy.ts';

/** One page to read. */
export interface ExtractInput {
  view: PageView;
  url: string;
  now: Date;
}

/** Reads the calls and events of one page (the shared pipeline answers asynchronously: it is loaded on first use). */
export type ExtractPage = (page: ExtractInput) => { items: readonly unknown[] } | Promise<{ items: readonly unknown[] }>;

/** The shared pipeline, loaded at the first page read (service/lazy.ts). */
export const sharedExtractor: ExtractPage = async ({ view, url, now }) => (await extraction()).extract({ view, url, now });
