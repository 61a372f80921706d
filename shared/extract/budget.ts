/**
 * A time budget for one extraction where nothing can stop it from outside (the clip content script runs in the page's
 * own thread): the caller passes `shouldStop`, the pipeline asks it while it copies the page and between its stages,
 * and throws ExtractionStopped when it says yes. Pure: the clock stays with the caller.
 */
export class ExtractionStopped extends Error {
  override readonly name = 'ExtractionStopped';
  constructor() {
    super('extraction stopped: the page is too large or too deeply nested for the time budget');
  }
}

/** Throws ExtractionStopped when the caller's budget is spent. */
export function checkBudget(shouldStop: (() => boolean) | undefined): void {
  if (shouldStop?.()) throw new ExtractionStopped();
}
