/**
 * POST /api/v1/extract — `{ url, html? }` → the extraction result (DESIGN.md "HTTP API"). Without `html` the service
 * fetches `url` itself through the scraper's polite fetcher (address rules, robots.txt, per-host queue). The page is
 * read in the worker pool (service/extract/pool.ts) under its time budget; each member has a rate limit. A PDF — served
 * at `url`, or posted as `pdf` (base64) from the user's disk — is read there too (service/pdf) and extracted like a page.
 */
import { Hono, type Context } from 'hono';
import { ExtractBodySchema, ExtractPdfQuerySchema, ExtractResultSchema } from '../../shared/api/extract.ts';
import type { AppEnv } from '../env.ts';
import { ExtractionError } from '../extract/extraction-error.ts';
import { MemberLimit } from '../extract/member-limit.ts';
import { errorResponse } from '../middleware/envelope.ts';
import { validate } from '../middleware/validate.ts';
import { FetchError } from '../net/fetch-error.ts';
import { describeRoute } from '../openapi.ts';
import { PdfError } from '../pdf/pdf-error.ts';
import { PDF_LIMITS } from '../pdf/limits.ts';
import { ScrapeError } from '../scrape/scrape-error.ts';
import { runtimeFor } from '../sources/runtime.ts';

/** A PDF posted as its bytes: up to 20 MB (the same bound as a PDF the service fetches), no base64, no JSON to parse. */
export const MAX_UPLOAD_PDF_BYTES = PDF_LIMITS.maxBytes;

export const extractDocs = [
  describeRoute({
    method: 'post',
    path: '/',
    summary: 'read a page or PDF: the calls and events found on it (fetches url when neither html nor pdf is given)',
    body: ExtractBodySchema,
    responses: {
      200: { description: 'the extraction result', schema: ExtractResultSchema },
      422: {
        description:
          'page_too_complex: the page ran over its time budget or memory cap and was not read; pdf_no_text, pdf_encrypted, ' +
          'pdf_broken, pdf_too_large, pdf_too_complex (unpacks to more than 100 MB), pdf_page_limit (no text on the first 200 pages), pdf_timeout: the PDF (fetched from url, or posted as pdf) could not be read',
      },
      429: { description: 'rate_limited: the member read too many pages (Retry-After)' },
    },
  }),
  describeRoute({
    method: 'post',
    path: '/pdf',
    summary: 'read a PDF posted as its bytes (body: the file, Content-Type: application/pdf, up to 20 MB) — a file from the user\'s disk',
    query: ExtractPdfQuerySchema,
    responses: {
      200: { description: 'the extraction result', schema: ExtractResultSchema },
      413: { description: 'payload_too_large: more than 20 MB' },
      422: { description: 'pdf_no_text, pdf_encrypted, pdf_broken, pdf_too_large, pdf_too_complex, pdf_page_limit, pdf_timeout, page_too_complex: the PDF could not be read' },
      429: { description: 'rate_limited: the member read too many pages (Retry-After)' },
    },
  }),
];

/** Extractions a member may start: 10 at once, 30 a minute (each costs a fetch and up to a worker's whole budget). */
const PER_MEMBER = { burst: 10, perMinute: 30 };
const limits = new WeakMap<object, MemberLimit>();

/** The member's rate limit: a 429 answer when they read too many pages, else null. */
function overLimit(c: Context<AppEnv>): Response | null {
  const deps = c.get('deps');
  let limit = limits.get(deps);
  if (!limit) limits.set(deps, (limit = new MemberLimit(PER_MEMBER)));
  const wait = limit.take(c.get('actor').member.id, deps.now());
  if (wait <= 0) return null;
  c.header('Retry-After', String(wait));
  return errorResponse(c, 429, 'rate_limited', `too many pages read: at most ${PER_MEMBER.perMinute} a minute per member; try again in ${wait} s`, {
    messageDe: `Zu viele Seiten gelesen: höchstens ${PER_MEMBER.perMinute} pro Minute je Mitglied; bitte in ${wait} s erneut versuchen.`,
    retryAfterSeconds: wait,
  });
}

/** Reads a page or PDF in the worker pool; a page or PDF that cannot be read answers 422 with its code. */
async function answer(c: Context<AppEnv>, page: { html: string; url: string; selection?: string; pdf?: Uint8Array }): Promise<Response> {
  const deps = c.get('deps');
  const runtime = await runtimeFor(deps);
  try {
    return c.json(await runtime.extract({ html: page.html, url: page.url, now: new Date(deps.now()), selection: page.selection, ...(page.pdf ? { pdf: page.pdf } : {}) }));
  } catch (error) {
    // a PDF that cannot be read: its message and nothing else ("Diese PDF enthält keinen Text")
    if (error instanceof PdfError) return errorResponse(c, 422, error.code, error.message, { messageDe: error.messageDe });
    if (!(error instanceof ExtractionError)) throw error;
    return errorResponse(c, 422, error.code, error.message, { messageDe: error.messageDe, ...error.details });
  }
}

export const extract = new Hono<AppEnv>()
  .post('/pdf', validate('query', ExtractPdfQuerySchema), async (c) => {
    const { url } = c.req.valid('query');
    if ((c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase() !== 'application/pdf') {
      return errorResponse(c, 400, 'bad_request', 'send the PDF as the body with Content-Type: application/pdf');
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > MAX_UPLOAD_PDF_BYTES) return errorResponse(c, 413, 'payload_too_large', 'request body larger than 20 MB');
    const limited = overLimit(c);
    if (limited) return limited;
    return answer(c, { html: '', url, pdf: bytes });
  })
  .post('/', validate('json', ExtractBodySchema), async (c) => {
  const deps = c.get('deps');
  const { url, html, selection, pdf: pdfBase64 } = c.req.valid('json');
  if (html !== undefined && pdfBase64 !== undefined) return errorResponse(c, 400, 'bad_request', 'send either html or pdf, not both');
  let pdf: Uint8Array | undefined = pdfBase64 === undefined ? undefined : new Uint8Array(Buffer.from(pdfBase64, 'base64'));
  const limited = overLimit(c);
  if (limited) return limited;
  const runtime = await runtimeFor(deps);
  let page = html;
  let pageUrl = url;
  if (page === undefined && pdf === undefined) {
    try {
      // the scraper's way to the web: robots.txt and the per-host queue, so the API is no way around them
      const fetched = await runtime.fetcher.fetch(url);
      if (fetched.status >= 400) return errorResponse(c, 400, 'http_error', `${url} answered HTTP ${fetched.status}`);
      page = fetched.html;
      // a PDF (application/pdf or %PDF bytes, up to 20 MB) is read in the extraction worker
      pdf = fetched.pdf;
      pageUrl = fetched.url;
    } catch (error) {
      if (error instanceof ScrapeError) return errorResponse(c, 400, error.code, error.message);
      if (!(error instanceof FetchError)) throw error;
      return errorResponse(c, 400, error.code, error.message, { messageDe: error.messageDe });
    }
  }
  return answer(c, { html: page ?? '', url: pageUrl, selection, ...(pdf ? { pdf } : {}) });
});
