/**
 * The scraper's port to the shared extraction pipeline (DESIGN.md "Extraction"): `extract({ view, url, now })` →
 * `{ items: Draft[] }`. A port, so the engine can be given another reader; the default is shared/extract itself.
 * Drafts are read tolerantly by toFound(), so the pipeline may grow fields without a change here.
 */
import { extract } from '../../shared/extract/index.ts';
import type { PageView } from '../../shared/extract/view.ts';

/** One page to read. */
export interface ExtractInput {
  view: PageView;
  url: string;
  now: Date;
}

/** Reads the calls and events of one page. */
export type ExtractPage = (page: ExtractInput) => { items: readonly unknown[] };

/** The shared pipeline. */
export const sharedExtractor: ExtractPage = ({ view, url, now }) => extract({ view, url, now });
