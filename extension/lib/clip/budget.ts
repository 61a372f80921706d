/**
 * How long a clip may take to read the page and extract its items: a 1 MB agency page takes well under a second. The
 * page's copy (page-read.ts, in the tab) and the extraction (page-extract.ts, in the extension) share it.
 */
export const CLIP_BUDGET_MS = 5_000;
