/**
 * The text of a PDF as positioned runs, with Mozilla's pdf.js (pdfjs-dist, its legacy build for Node). Only text is
 * read: images are skipped unread (maxImageSize), fonts are never turned into font faces, no script runs (pdf.js 6
 * has no eval path; XFA forms stay off). Bounded by PDF_LIMITS; every failure is a PdfError. Runs in an extraction
 * worker thread (service/extract/worker.ts): pdf.js itself does its parsing in the calling thread under Node.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pdfjs } from '../lazy.ts';
import { PDF_LIMITS } from './limits.ts';
import { PdfError } from './pdf-error.ts';

/** One piece of text as pdf.js places it (y grows downwards from the page's top, in PDF points). */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** font size */
  size: number;
  bold: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
}

export interface PdfText {
  pages: PdfPage[];
  /** pages in the document (more than were read when it has more than the limit) */
  pageCount: number;
  /** the document's own title (its metadata), when it has one */
  title?: string;
}

export interface ReadPdfOptions {
  /** stop when this instant (ms since epoch) has passed (checked between pages) */
  deadline?: number;
  maxPages?: number;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi|fett/i;

let standardFonts: string | undefined;
/** The standard fonts' metrics shipped with pdfjs-dist (without them pdf.js warns and guesses widths). */
function standardFontDataUrl(): string {
  return (standardFonts ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/'));
}

/** Reads the text runs of the first pages of a PDF. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  if (bytes.byteLength > PDF_LIMITS.maxBytes) throw new PdfError('pdf_too_large');
  const deadline = options.deadline ?? Date.now() + PDF_LIMITS.timeMs;
  const maxPages = options.maxPages ?? PDF_LIMITS.maxPages;
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdf.js takes the buffer over (detaches it): a copy keeps the caller's bytes
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    standardFontDataUrl: standardFontDataUrl(),
    maxImageSize: 1,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new PdfError((error as { name?: string })?.name === 'PasswordException' ? 'pdf_encrypted' : 'pdf_broken');
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n += 1) {
      if (Date.now() > deadline) throw new PdfError('pdf_timeout');
      pages.push(await readPage(doc, n));
    }
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim().slice(0, 500) : undefined;
    return { pages, pageCount: doc.numPages, ...(title ? { title } : {}) };
  } catch (error) {
    throw error instanceof PdfError ? error : new PdfError('pdf_broken');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

async function readPage(doc: PdfDocument, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  try {
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is typeof item & { str: string; transform: number[]; width: number; height: number; fontName: string } => 'str' in item);
    // the fonts' names (for the weight) arrive with the operator list, only worth it when there is text
    const bold = new Map<string, boolean>();
    if (items.some((item) => item.str.trim())) {
      await page.getOperatorList();
      for (const { fontName } of items) {
        if (bold.has(fontName)) continue;
        let font: { name?: unknown; bold?: unknown; black?: unknown } | undefined;
        try {
          font = page.commonObjs.get(fontName) as typeof font;
        } catch {
          font = undefined;
        }
        bold.set(fontName, font?.bold === true || font?.black === true || (typeof font?.name === 'string' && BOLD_FONT.test(font.name)));
      }
    }
    const runs: PdfRun[] = [];
    for (const item of items) {
      if (!item.str) continue;
      const [a, b, , , e, f] = item.transform;
      // horizontal text only: rotated stamps and margin notes are not the call's text
      if (Math.abs(b) > Math.abs(a) * 0.1) continue;
      const size = item.height || Math.hypot(item.transform[2], item.transform[3]);
      runs.push({ text: item.str, x: e - x0, y: y1 - f, width: item.width, size, bold: bold.get(item.fontName) ?? false });
    }
    return { width: x1 - x0, height: y1 - y0, runs };
  } finally {
    page.cleanup();
  }
}
