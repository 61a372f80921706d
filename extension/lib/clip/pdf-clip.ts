/**
 * Clipping a PDF: Chrome's PDF viewer cannot be read by the content script, so the service reads the PDF instead —
 * by its address (a PDF tab) or by its bytes (a file dropped onto the dashboard) — with POST /api/v1/extract, and
 * the answer becomes the same PageExtract a page clip gives. A PDF tab clipped while the service cannot be reached
 * (offline, not connected yet, a 5xx) waits in a small queue with its address (store/pdf-clips.ts) and is read when
 * the service is back (pdf-outbox.ts); its preview opens meanwhile with the address and says so. Nothing the user
 * meant to keep is lost.
 */
import * as v from 'valibot';
import { ExtractReplySchema, MAX_PDF_UPLOAD_BYTES } from '../../../shared/api/extract.ts';
import { serviceHeaders } from '../api.ts';
import { MAX_WAITING_PDFS, waitingPdfClips } from '../store/pdf-clips.ts';
import { readSettings } from '../store/settings.ts';
import { blankDraftItem, toDraftItem, type PageExtract } from './draft.ts';

/** Largest PDF the dashboard uploads: the service reads PDFs of up to 20 MB (POST /api/v1/extract/pdf). */
export const MAX_UPLOAD_BYTES = MAX_PDF_UPLOAD_BYTES;

/** A tab that shows a PDF, by its address (…/aufruf.pdf, …/aufruf.PDF?download=1). */
export function isPdfAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}

/**
 * What the service answered, or why it could not: `retry` is `unreachable` when no answer came (offline, not
 * connected), `later` when the service asked to try again (5xx, 429), absent when it refused the PDF for good.
 */
export type PdfAnswer = { items: unknown[] } | { problem: string; retry?: 'unreachable' | 'later' };

/**
 * Asks the service to read a PDF — by its address, or by its bytes (a file: posted as they are to /api/v1/extract/pdf,
 * no base64); never throws.
 */
export async function askService(body: { url: string; file?: Blob }, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<PdfAnswer> {
  const { serviceUrl, token } = await readSettings();
  if (!serviceUrl || !token) return { problem: 'no service connection', retry: 'unreachable' };
  const base = `${serviceUrl.replace(/\/+$/, '')}/api/v1/extract`;
  let response: Response;
  try {
    response = body.file
      ? await fetchImpl(`${base}/pdf?url=${encodeURIComponent(body.url)}`, {
          method: 'POST',
          headers: { ...serviceHeaders(token, false), 'Content-Type': 'application/pdf' },
          body: body.file,
        })
      : await fetchImpl(base, { method: 'POST', headers: serviceHeaders(token, true), body: JSON.stringify({ url: body.url }) });
  } catch {
    return { problem: 'service not reachable', retry: 'unreachable' };
  }
  const answer: unknown = await response.json().catch(() => null);
  const read = response.ok ? v.safeParse(ExtractReplySchema, answer) : null;
  if (read?.success) return { items: read.output.items };
  // the service says it in the UI's language (serviceHeaders)
  const problem = (answer as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${response.status}`;
  return response.status >= 500 || response.status === 429 ? { problem, retry: 'later' } : { problem };
}

/** The PageExtract of a PDF the service was asked about: its drafts, else the empty entry with the reason. */
export function pdfExtract(target: { url: string; title: string }, answer: PdfAnswer): PageExtract {
  const items = 'items' in answer ? answer.items.map((raw) => toDraftItem(raw, target.url)) : [];
  return {
    url: target.url,
    canonicalUrl: null,
    pageTitle: target.title || target.url,
    fromSelection: false,
    items: items.length > 0 ? items : [blankDraftItem(target.url, target.title)],
    diagnostics: 'problem' in answer ? [`pdf: ${answer.problem}`] : ['pdf: read by the service'],
  };
}

/**
 * The clip of a PDF tab: read by the service; when the service cannot answer now, the PDF waits in the queue with
 * its address (read later by pdf-outbox.ts) and the extract says so (`problem: 'pdf_waiting'`).
 */
export async function clipPdf(target: { url: string; title: string }, fetchImpl?: typeof fetch, now: Date = new Date()): Promise<PageExtract> {
  const answer = await askService({ url: target.url }, fetchImpl);
  const extract = pdfExtract(target, answer);
  if (!('retry' in answer) || !answer.retry) return extract;
  await queuePdfClip(target, now);
  return { ...extract, problem: 'pdf_waiting' };
}

/** Puts a PDF into the waiting queue (once per address, the newest MAX_WAITING_PDFS at most). */
export async function queuePdfClip(target: { url: string; title: string }, now: Date = new Date()): Promise<void> {
  const waiting = (await waitingPdfClips.getValue()).filter((w) => w.url !== target.url);
  const entry = { url: target.url, title: target.title, clippedAt: now.toISOString(), attempts: 0 };
  await waitingPdfClips.setValue([...waiting, entry].slice(-MAX_WAITING_PDFS));
}

/**
 * Reads a PDF through the service: `url` is its address (fetched by the service) or, with `file` (its bytes), only its
 * name; `title` the tab's or file's. Never throws: a failure gives the empty entry and says why in diagnostics.
 */
export async function extractPdf(target: { url: string; title: string; file?: Blob }, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<PageExtract> {
  return pdfExtract(target, await askService(target.file ? { url: target.url, file: target.file } : { url: target.url }, fetchImpl));
}
