/**
 * What the clip content script returns (clip.content.ts) and how the extension takes it back, checked before it is
 * extracted: it comes from a script that ran in a page. The page read crosses as one JSON string (Chrome converts an
 * executeScript result value by value: the snapshot's tens of thousands of nodes as objects cost it several hundred
 * ms, one string a few), and the page's HTML for a correction as a second string beside it — not inside the JSON,
 * where its megabyte would be escaped in the page and parsed again in the extension.
 */
import * as v from 'valibot';
import type { PageRead } from './page-read.ts';

/** The content script's result: the page read but its HTML as JSON, then the HTML when the page has it. */
export type PageReadResult = [json: string] | [json: string, html: string];

/** What a page read must look like (it comes from a content script in a page; the snapshot is checked by fromWire). */
const PageReadSchema = v.object({
  url: v.string(),
  canonical: v.nullable(v.string()),
  pageTitle: v.string(),
  selection: v.string(),
  snapshot: v.unknown(),
  stopped: v.boolean(),
  readMs: v.number(),
  diagnostics: v.array(v.string()),
});

/** The content script's result for a page read (clip.content.ts). */
export function pageReadResult(read: PageRead): PageReadResult {
  const { html, ...rest } = read;
  return html === undefined ? [JSON.stringify(rest)] : [JSON.stringify(rest), html];
}

/** The page read the clip content script returned (pageReadResult), or null when it is none. */
export function pageReadOf(result: unknown): PageRead | null {
  if (!Array.isArray(result) || result.length < 1 || result.length > 2 || typeof result[0] !== 'string') return null;
  const html: unknown = result[1];
  if (html !== undefined && typeof html !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(result[0]);
  } catch {
    return null;
  }
  // the snapshot is checked node by node as it is rebuilt (fromWire)
  if (!v.is(PageReadSchema, value)) return null;
  const read = value as PageRead;
  // only the schema's fields are kept: the HTML is the one beside the JSON, never one inside it
  delete read.html;
  return html === undefined ? read : { ...read, html };
}
