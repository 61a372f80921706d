/**
 * A page the extractor may not finish: it ran past its time budget or its memory cap in the worker pool
 * (service/extract/pool.ts). `message` is English for logs, the CLI and run records; `messageDe` the German text for
 * users — as FetchError does.
 */
export type ExtractionErrorCode = 'page_too_complex';

export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
    readonly messageDe: string,
    readonly details: { url: string; budgetMs?: number; memoryMb?: number },
  ) {
    super(message);
  }
}

/** The page took longer than its budget. */
export const overTime = (url: string, budgetMs: number) =>
  new ExtractionError(
    'page_too_complex',
    `The page is too large or too deeply nested: reading ${url} took longer than ${budgetMs / 1000} s and was stopped.`,
    `Die Seite ist zu groß oder zu verschachtelt: das Lesen von ${url} dauerte länger als ${budgetMs / 1000} s und wurde abgebrochen.`,
    { url, budgetMs },
  );

/** The page needed more memory than the cap. */
export const overMemory = (url: string, memoryMb: number) =>
  new ExtractionError(
    'page_too_complex',
    `The page is too large or too deeply nested: reading ${url} needed more than ${memoryMb} MB of memory and was stopped.`,
    `Die Seite ist zu groß oder zu verschachtelt: das Lesen von ${url} brauchte mehr als ${memoryMb} MB Speicher und wurde abgebrochen.`,
    { url, memoryMb },
  );
