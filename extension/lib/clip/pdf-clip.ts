/**
 * Clipping a PDF: Chrome's PDF viewer cannot be read by the content script, so the service reads the PDF instead —
 * by its address (a PDF tab) or by its bytes (a file dropped onto the dashboard) — with POST /api/v1/extract, and
 * the answer becomes the same PageExtract a page clip gives. Without the service (offline, an error), the clip still
 * opens the preview, with the PDF's address and the reason, so nothing the user meant to keep is lost.
 */
import { serviceHeaders } from '../api.ts';
import { readSettings } from '../store/settings.ts';
import { blankDraftItem, toDraftItem, type PageExtract } from './draft.ts';

/** Largest PDF the dashboard uploads: its base64 must fit the service's 1 MB request body. */
export const MAX_UPLOAD_BYTES = 750 * 1024;

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

/** What the service answered, or why it could not. */
type Answer = { items: unknown[] } | { problem: string };

async function askService(body: { url: string; pdf?: string }, fetchImpl: typeof fetch): Promise<Answer> {
  const { serviceUrl, token } = await readSettings();
  if (!serviceUrl || !token) return { problem: 'no service connection' };
  let response: Response;
  try {
    response = await fetchImpl(`${serviceUrl.replace(/\/+$/, '')}/api/v1/extract`, {
      method: 'POST',
      headers: serviceHeaders(token, true),
      body: JSON.stringify(body),
    });
  } catch {
    return { problem: 'service not reachable' };
  }
  const answer = (await response.json().catch(() => null)) as { items?: unknown; error?: { message?: string } } | null;
  if (response.ok && Array.isArray(answer?.items)) return { items: answer.items };
  // the service says it in the UI's language (serviceHeaders)
  return { problem: answer?.error?.message ?? `HTTP ${response.status}` };
}

/**
 * Reads a PDF through the service: `url` is its address (fetched by the service) or, with `pdf` (base64), only its
 * name; `title` the tab's or file's. Never throws: a failure gives the empty entry and says why in diagnostics.
 */
export async function extractPdf(target: { url: string; title: string; pdf?: string }, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<PageExtract> {
  const answer = await askService(target.pdf ? { url: target.url, pdf: target.pdf } : { url: target.url }, fetchImpl);
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

/** A file's bytes as base64 (for the upload's JSON body). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
