/**
 * The scraper's port to the shared extraction pipeline (DESIGN.md "Extraction"): `extract({ view, url, now })` →
 * `{ items: Draft[] }`. The pipeline is loaded from shared/extract when its entry point exists; until then a small
 * metadata reader stands in, so sources work end to end and pick up the real extractor without a code change.
 * TODO(2026-11): import shared/extract/index.ts statically once it has landed.
 */
import type { PageView } from '../../shared/extract/view.ts';
import { readMetadataDrafts } from './metadata-drafts.ts';

/** One page to read. `html` is passed too, for an extractor that prefers markup to the view. */
export interface ExtractInput {
  view: PageView;
  html: string;
  url: string;
  now: Date;
}

/** Reads the calls and events of one page; drafts are read tolerantly by toFound(). */
export type ExtractPage = (page: ExtractInput) => { items: unknown[] };

/** Where the shared pipeline's entry point is expected, in order. */
const ENTRY_POINTS = ['../../shared/extract/index.ts', '../../shared/extract/extract.ts'];

let loaded: Promise<ExtractPage> | undefined;

/** The shared extractor when it is there, else the metadata reader; loaded once per process. */
export function loadExtractor(): Promise<ExtractPage> {
  return (loaded ??= (async () => {
    for (const entry of ENTRY_POINTS) {
      try {
        // a variable specifier: the entry point may not exist yet, and must not break the type check when it doesn't
        const module = (await import(/* @vite-ignore */ new URL(entry, import.meta.url).href)) as { extract?: unknown };
        if (typeof module.extract === 'function') return module.extract as ExtractPage;
      } catch {
        // not there (yet): try the next one
      }
    }
    return readMetadataDrafts;
  })());
}
