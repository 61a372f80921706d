/**
 * The entry of an extraction worker thread (service/extract/pool.ts): reads one page per message and answers with
 * its result or its error. Nothing else runs here, so a page that takes too long or too much memory costs only this
 * thread, which the pool then ends.
 */
import { parentPort } from 'node:worker_threads';
import { readPage, type PageToRead } from './read-page.ts';

parentPort?.on('message', (job: { id: number; page: PageToRead }) => {
  try {
    parentPort!.postMessage({ id: job.id, result: readPage(job.page) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
