/**
 * Reading a PDF off the service's event loop: each PDF is read in a worker thread of its own (pdf-worker.ts) with a
 * memory ceiling, and the worker is stopped when the time budget runs out — a PDF built to stall or swell the parser
 * costs a thread, never the service. At most two PDFs are read at once; more wait their turn.
 *
 * Ready for the extraction worker pool: pdfToHtml (pdf-to-html.ts) is a pure function of the bytes that any worker
 * can call; this runner is the one place to swap for the pool.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PDF_LIMITS } from './limits.ts';
import { PdfError } from './pdf-error.ts';
import type { PdfAsHtml } from './pdf-to-html.ts';
import type { PdfAnswer, PdfJob } from './pdf-worker.ts';

const CONCURRENT = 2;
/** the worker's heap: pdf.js keeps a parsed document and its fonts; a PDF that needs more is refused */
const HEAP_MB = 256;

/**
 * The worker's script: beside this module in the sources (Node strips the types), dist/pdf-worker.mjs in the build
 * (scripts/build-service.mjs makes it an entry of its own; this module may sit in dist/ or dist/chunks/).
 */
function workerScript(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./pdf-worker.ts', here);
  const built = [new URL('./pdf-worker.mjs', here), new URL('../pdf-worker.mjs', here)].find((url) => existsSync(fileURLToPath(url)));
  if (!built) throw new Error('dist/pdf-worker.mjs is missing: run npm run build:service');
  return built;
}

let running = 0;
const waiting: Array<() => void> = [];

async function turn(): Promise<() => void> {
  if (running >= CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** Reads a PDF into the extractor's HTML in a worker thread; rejects with a PdfError. */
export async function readPdfOffThread(bytes: Uint8Array, options: { timeMs?: number } = {}): Promise<PdfAsHtml> {
  // refused before a thread is started or a byte is copied
  if (bytes.byteLength > PDF_LIMITS.maxBytes) throw new PdfError('pdf_too_large');
  const done = await turn();
  const timeMs = options.timeMs ?? PDF_LIMITS.timeMs;
  const worker = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB }, stdout: true, stderr: true });
  try {
    return await new Promise<PdfAsHtml>((resolve, reject) => {
      const timer = setTimeout(() => reject(new PdfError('pdf_timeout')), timeMs);
      const settle = () => clearTimeout(timer);
      worker.once('message', (answer: PdfAnswer) => {
        settle();
        if (answer.ok) resolve({ html: answer.html, pageCount: answer.pageCount, pagesRead: answer.pagesRead });
        else reject(new PdfError(answer.code));
      });
      // out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash of the parser
      worker.once('error', () => {
        settle();
        reject(new PdfError('pdf_broken'));
      });
      worker.once('exit', () => {
        settle();
        reject(new PdfError('pdf_broken'));
      });
      // the deadline inside is a little earlier than the stop outside, so a slow PDF usually ends with its own answer
      worker.postMessage({ bytes, deadline: Date.now() + timeMs - 250 } satisfies PdfJob);
    });
  } finally {
    done();
    await worker.terminate();
  }
}
