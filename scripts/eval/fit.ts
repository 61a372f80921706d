/**
 * The extractor the evaluation scores. `fit(training)` is where a learned model plugs in: train on the pages it is
 * given and return an extractor that uses the model. Today's extractor has no fitted parameters, so it ignores its
 * training pages and is the same function for every fold. It runs as `callwatch extract` runs it: the Cheerio adapter
 * over the page, `now` at noon UTC of the clipping day.
 */
import type { Extractor, Fit } from '../../shared/eval/cross-validate.ts';
import { extract } from '../../shared/extract/index.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';

/** The current rule-based extractor on one page. */
export const currentExtractor: Extractor = (page) =>
  extract({ view: cheerioView(page.html), url: page.url, now: new Date(`${page.now}T12:00:00Z`) }).items as unknown as Array<Record<string, unknown>>;

/** The fit the evaluation and its floor gate use. */
export const fit: Fit = () => currentExtractor;
