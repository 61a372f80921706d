/**
 * The entry of an extraction worker thread (service/extract/pool.ts): reads one page (or learns one site profile from
 * a correction's page) per message and answers with its result or its error. Nothing else runs here, so a page that takes too long or too much memory costs only this
 * thread, which the pool then ends.
 */
import { parentPort } from 'node:worker_threads';
import { PdfError } from '../pdf/pdf-error.ts';
import { pdfToHtml } from '../pdf/pdf-to-html.ts';
import { learnProfile, type ProfileToLearn } from './learn-profile.ts';
import { readPage, type PageToRead } from './read-page.ts';

parentPort?.on('message', async (job: { id: number; page: PageToRead; profile?: ProfileToLearn }) => {
  try {
    if (job.profile) {
      parentPort!.postMessage({ id: job.id, result: learnProfile(job.profile) });
      return;
    }
    // a PDF is read into a page first, in this thread and within the same budget (service/pdf)
    const page = job.page.pdf ? { ...job.page, pdf: undefined, html: (await pdfToHtml(job.page.pdf)).html } : job.page;
    parentPort!.postMessage({ id: job.id, result: readPage(page) });
  } catch (error) {
    const pdfError = error instanceof PdfError ? error.code : undefined;
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error), pdfError });
  }
});
