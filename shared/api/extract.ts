/**
 * The extraction API's contract (POST /api/v1/extract, POST /api/v1/extract/pdf): the schemas the service validates
 * and documents with, and the form the extension reads the answer with (each item then read tolerantly as a draft,
 * shared/draft.ts, so one item it cannot read does not lose the others).
 */
import * as v from 'valibot';
import { LIMITS } from '../schema.ts';

/** An uploaded PDF's base64 fits the request body limit (1 MB): some 750 KB of PDF; larger ones by their address. */
const MAX_PDF_BASE64 = 1024 * 1024;
/** A PDF posted as its bytes (POST /extract/pdf): up to 20 MB, the same bound as a PDF the service fetches. */
export const MAX_PDF_UPLOAD_BYTES = 20 * 1024 * 1024;

const HttpUrlSchema = v.pipe(v.string(), v.maxLength(LIMITS.url), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));

export const ExtractBodySchema = v.strictObject({
  url: HttpUrlSchema,
  /** the page as the browser has it; absent: the service fetches `url` */
  html: v.optional(v.string()),
  /** a part of the page the user selected */
  selection: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
  /** a PDF from the user's disk, base64 (instead of html; within the 1 MB body limit): read as the page at `url` */
  pdf: v.optional(v.pipe(v.string(), v.maxLength(MAX_PDF_BASE64), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'))),
});

/** POST /extract/pdf `?url=`: the address the PDF's items are saved under (an uploaded file has none on the web: any http(s) name) */
export const ExtractPdfQuerySchema = v.strictObject({ url: HttpUrlSchema });

/** The extraction result as documented: the drafts found (calls and events) and the extractor's notes. */
export const ExtractResultSchema = v.object({
  items: v.array(v.looseObject({ kind: v.picklist(['call', 'event']), title: v.string() })),
  diagnostics: v.optional(v.unknown()),
});

/** The answer as a client takes it: the items unchecked here (each is read as a draft on its own). */
export const ExtractReplySchema = v.object({ items: v.array(v.unknown()) });
