/**
 * The PDF worker's entry: reads the PDFs posted to it (bytes and a deadline) with pdfToHtml and answers with the
 * HTML or the PdfError's code. Started by off-thread.ts; nothing but these messages crosses the thread's edge.
 * Loaded by Node itself (not through the bundle's imports): erasable TypeScript only in what it imports.
 */
import { parentPort } from 'node:worker_threads';
import { PdfError } from './pdf-error.ts';
import { pdfToHtml } from './pdf-to-html.ts';

export interface PdfJob {
  bytes: Uint8Array;
  deadline: number;
}

export type PdfAnswer =
  | { ok: true; html: string; pageCount: number; pagesRead: number }
  | { ok: false; code: PdfError['code'] };

parentPort?.on('message', (job: PdfJob) => {
  pdfToHtml(job.bytes, { deadline: job.deadline }).then(
    (result) => parentPort?.postMessage({ ok: true, ...result } satisfies PdfAnswer),
    (error: unknown) => parentPort?.postMessage({ ok: false, code: error instanceof PdfError ? error.code : 'pdf_broken' } satisfies PdfAnswer),
  );
});
