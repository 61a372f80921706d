/**
 * Every extraction of the service runs here, off the event loop: a small pool of worker threads (node:worker_threads),
 * each page with a time budget and each thread with a memory cap (resourceLimits). A page over either is stopped —
 * the worker is terminated and replaced — and its caller gets an ExtractionError, so no page can stall /health, the
 * API or another team's source run (issue 15).
 *
 * The worker entry is service/extract/worker.ts: run through tsx from the sources (tests, `tsx`), and built next to
 * the service as dist/extract-worker.mjs (scripts/build-service.mjs) for `npm start`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../../shared/extract/types.ts';
import { PdfError, type PdfErrorCode } from '../pdf/pdf-error.ts';
import { overMemory, overTime } from './extraction-error.ts';
import type { SiteProfile } from '../../shared/extract/profile/schema.ts';
import type { ProfileToLearn } from './learn-profile.ts';
import type { PageToRead } from './read-page.ts';

export interface PoolOptions {
  /** worker threads; default: one core left to the event loop, at least one, at most four */
  size?: number;
  /** time one page may take, ms */
  budgetMs?: number;
  /** old-generation heap of one worker, MB */
  memoryMb?: number;
}

/** A page's time budget: a 20 MB agency page reads in well under this; parsing alone of a pathological page may not. */
export const BUDGET_MS = 20_000;
/** A worker's heap: a 20 MB page needs a few hundred MB. */
export const MEMORY_MB = 1024;

interface Job {
  id: number;
  page: PageToRead;
  /** set for a profile job: the page is then only the correction's address, for error messages */
  profile?: ProfileToLearn;
  // the result's type follows the job's kind (extract() / learnProfile())
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class ExtractionPool {
  private readonly size: number;
  private readonly budgetMs: number;
  private readonly memoryMb: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    this.budgetMs = options.budgetMs ?? BUDGET_MS;
    this.memoryMb = options.memoryMb ?? MEMORY_MB;
  }

  /**
   * Reads one page (or PDF: `pdf`) in a worker; rejects with an ExtractionError when it runs over its budget or its
   * memory cap, with a PdfError when a PDF cannot be read.
   */
  extract(page: Omit<PageToRead, 'now'> & { now: Date | number }): Promise<ExtractResult> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<ExtractResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, page: { ...page, now: +page.now }, resolve: resolve as (result: never) => void, reject });
      this.dispatch();
    });
  }

  /** Learns a site profile from a correction's page in a worker (the page is hostile input like any other). */
  learnProfile(job: ProfileToLearn): Promise<SiteProfile | null> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<SiteProfile | null>((resolve, reject) => {
      const page: PageToRead = { html: '', url: job.correction.url, now: 0 };
      this.queue.push({ id: this.nextId++, page, profile: job, resolve: resolve as (result: never) => void, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; queued pages are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, new Error('the extraction pool is closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) this.slots.push((slot = this.spawn()));
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => void this.replace(slot!, overTime(job.page.url, this.budgetMs)), this.budgetMs);
      slot.worker.postMessage({ id: job.id, page: job.page, profile: job.profile });
    }
  }

  private spawn(): Slot {
    const entry = (workerEntry ??= findWorkerEntry());
    const worker = new Worker(entry.url, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    const slot: Slot = { worker, job: null, timer: null };
    worker.unref();
    worker.on('message', (answer: { id: number; result?: ExtractResult | SiteProfile | null; error?: string; pdfError?: PdfErrorCode }) => {
      const job = slot.job;
      if (!job || job.id !== answer.id) return;
      this.finish(slot);
      if (answer.pdfError !== undefined) job.reject(new PdfError(answer.pdfError));
      else if (answer.error !== undefined) job.reject(new Error(answer.error));
      else job.resolve((answer.result ?? null) as never);
      this.dispatch();
    });
    // out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the page in hand fails, a fresh worker takes the next
    worker.on('error', (error: Error & { code?: string }) => {
      const url = slot.job?.page.url ?? '';
      void this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overMemory(url, this.memoryMb) : error);
    });
    worker.on('exit', () => void this.replace(slot, new Error('the extraction worker stopped')));
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  /** Fails the slot's page, ends its worker and lets the queue go on with a new one. */
  private async replace(slot: Slot, error: Error): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    await this.stop(slot, error);
    this.dispatch();
  }

  private async stop(slot: Slot, error: Error): Promise<void> {
    const job = slot.job;
    this.finish(slot);
    job?.reject(error);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    await slot.worker.terminate();
  }
}

/** The worker's module: the TypeScript source through tsx, or the built file beside the service's bundle. */
function findWorkerEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return { url: new URL('./worker.ts', here), execArgv: ['--import', tsx] };
  }
  // the bundle: dist/callwatch.mjs or one of its dist/chunks/
  const built = ['./extract-worker.mjs', '../extract-worker.mjs'].map((p) => new URL(p, here)).find((u) => existsSync(fileURLToPath(u)));
  if (!built) throw new Error('dist/extract-worker.mjs is missing: run `npm run build:service`');
  return { url: built, execArgv: [] };
}
let workerEntry: { url: URL; execArgv: string[] } | undefined;

let shared: ExtractionPool | undefined;

/** The process's pool, started at the first page. */
export function extractionPool(): ExtractionPool {
  return (shared ??= new ExtractionPool());
}
