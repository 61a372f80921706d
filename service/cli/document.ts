/**
 * A saved document as the extractor's input, read the way the service reads it: an HTML page decoded in its charset
 * (net/charset.ts), a PDF through the extraction worker's PDF reading (pdf/pdf-to-html.ts), a newsletter (.eml)
 * through the mail poll's parsing (mail/message.ts: the HTML part, a forward unwrapped to its original, whose sender
 * is the organizer hint; attached PDFs read as pages of their own). `callwatch extract` and the corpus reader of the
 * evaluation (scripts/eval/corpus.ts) share it, so a case is scored on the text a user would get.
 */
import { decodeHtml } from '../net/charset.ts';
import { parseMessage } from '../mail/message.ts';
import { organizerHint, webVersionOf } from '../mail/read-message.ts';
import { looksLikePdf } from '../pdf/detect.ts';
import { pdfToHtml } from '../pdf/pdf-to-html.ts';

export type DocumentKind = 'html' | 'pdf' | 'eml';

/** The file name extensions a saved document may have, by kind. */
export const DOCUMENT_EXTENSIONS: Record<DocumentKind, string> = { html: '.html', pdf: '.pdf', eml: '.eml' };

/** A document's kind: a PDF by its bytes or name, a message by its name (.eml), else a page. */
export function documentKind(name: string, bytes: Uint8Array): DocumentKind {
  if (/\.pdf$/i.test(name) || looksLikePdf(bytes)) return 'pdf';
  if (/\.eml$/i.test(name)) return 'eml';
  return 'html';
}

export interface DocumentPage {
  /** the body the extractor reads */
  html: string;
  /** the address the document names for itself (a newsletter's web version), when it has one */
  url: string | null;
  /** who sent it (a newsletter's original sender): the organizer of an item whose text names none */
  organizerHint: string | null;
  /** attached PDFs, each read as a page of its own (a newsletter's), or the reason one could not be read */
  attachments: Array<{ filename: string; html: string } | { filename: string; error: string }>;
}

/** Reads a saved document; a PDF that cannot be read throws its PdfError (a clear message, nothing else). */
export async function readDocument(bytes: Uint8Array, kind: DocumentKind): Promise<DocumentPage> {
  if (kind === 'pdf') return { html: (await pdfToHtml(bytes)).html, url: null, organizerHint: null, attachments: [] };
  if (kind === 'html') return { html: decodeHtml(bytes).html, url: null, organizerHint: null, attachments: [] };
  const message = await parseMessage(bytes);
  const attachments: DocumentPage['attachments'] = [];
  for (const pdf of message.pdfs) {
    try {
      attachments.push({ filename: pdf.filename, html: (await pdfToHtml(pdf.content)).html });
    } catch (error) {
      attachments.push({ filename: pdf.filename, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { html: message.html, url: webVersionOf(message.html), organizerHint: organizerHint(message.sender), attachments };
}
