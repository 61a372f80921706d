/**
 * What the clip content script returned (clip.content.ts: its page read as one JSON string), checked before the
 * extension extracts it: it comes from a script that ran in a page.
 */
import * as v from 'valibot';
import type { PageRead } from './page-read.ts';

/** What a page read must look like (it comes from a content script in a page; the snapshot is checked by fromWire). */
const PageReadSchema = v.object({
  url: v.string(),
  canonical: v.nullable(v.string()),
  pageTitle: v.string(),
  selection: v.string(),
  snapshot: v.unknown(),
  stopped: v.boolean(),
  html: v.optional(v.string()),
  readMs: v.number(),
  diagnostics: v.array(v.string()),
});

/** The page read the clip content script returned (as a JSON string: clip.content.ts), or null when it is none. */
export function pageReadOf(result: unknown): PageRead | null {
  if (typeof result !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(result);
  } catch {
    return null;
  }
  // the snapshot is checked node by node as it is rebuilt (fromWire)
  return v.is(PageReadSchema, value) ? (value as PageRead) : null;
}
