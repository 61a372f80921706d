/**
 * The evaluation: an extractor fitted on some labelled pages is scored on others. `fit(training)` returns the extractor
 * to score (today's rule-based extractor ignores its training pages; a learned model trains on them). Three ways:
 * cross-validation grouped by site (every page is scored by a model fitted without its site), the plain run (fitted on
 * every page, scored on every page) and the first run of a new batch (fitted on every other batch).
 */
import { figuresOf, type Figures } from './figures.ts';
import { assignFolds, DEFAULT_FOLDS, DEFAULT_SEED, siteOf } from './folds.ts';
import { scoreCase, type CaseScore } from './score.ts';

/** A labelled page: NAME.html with the labels of NAME.json, from the folder (batch) it lives in. */
export interface LabelledCase {
  batch: string;
  name: string;
  html: string;
  url: string;
  /** the day the page was clipped, YYYY-MM-DD */
  now: string;
  /** the publishing body, when the host of `url` does not say it */
  site?: string;
  /** a newsletter's sender: the organizer of a predicted item that names none (as the mail poll does) */
  organizerHint?: string;
  items: Array<Record<string, unknown>>;
}

/** What an extractor reads: the page and the day it is read. */
export interface Page {
  html: string;
  url: string;
  now: string;
}

/** Predicted items in the corpus shape (deadlines as strings or `{ date, time }`). */
export type Extractor = (page: Page) => Array<Record<string, unknown>>;

/** Fits an extractor on labelled pages. */
export type Fit = (training: readonly LabelledCase[]) => Extractor | Promise<Extractor>;

export interface CaseResult {
  batch: string;
  name: string;
  site: string;
  /** the fold that held the page out; null in a plain or first run */
  fold: number | null;
  score: CaseScore;
}

export interface FoldFigures {
  fold: number;
  sites: string[];
  figures: Figures;
}

export interface CrossValidation {
  folds: number;
  seed: string;
  perFold: FoldFigures[];
  /** every page scored once, by the model of the fold that held it out */
  pooled: Figures;
  byBatch: Record<string, Figures>;
  cases: CaseResult[];
}

export interface PlainRun {
  pooled: Figures;
  byBatch: Record<string, Figures>;
  cases: CaseResult[];
}

export interface Evaluation {
  crossValidated: CrossValidation;
  plain: PlainRun;
}

/**
 * Predictions per extractor and page: a fit that hands out the same extractor for different training sets (the
 * rule-based one) is run once per page, not once per fold and again for the plain run.
 */
type Cache = WeakMap<Extractor, Map<LabelledCase, CaseScore>>;

function scoreWith(extractor: Extractor, c: LabelledCase, cache: Cache): CaseScore {
  let known = cache.get(extractor);
  if (!known) cache.set(extractor, (known = new Map()));
  let score = known.get(c);
  if (!score) {
    const predicted = extractor({ html: c.html, url: c.url, now: c.now });
    const hint = c.organizerHint;
    score = scoreCase(c.items, hint ? predicted.map((p) => (p.organizer == null ? { ...p, organizer: hint } : p)) : predicted, c.now);
    known.set(c, score);
  }
  return score;
}

/** Figures per batch, in name order. */
export function byBatch(results: CaseResult[]): Record<string, Figures> {
  const groups = new Map<string, CaseScore[]>();
  for (const r of results) {
    const group = groups.get(r.batch);
    if (group) group.push(r.score);
    else groups.set(r.batch, [r.score]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((b) => [b, figuresOf(groups.get(b)!)]));
}

const plainOf = (results: CaseResult[]): PlainRun => ({ pooled: figuresOf(results.map((r) => r.score)), byBatch: byBatch(results), cases: results });

async function crossValidateWith(cases: readonly LabelledCase[], fit: Fit, folds: number, seed: string, cache: Cache): Promise<CrossValidation> {
  const sites = cases.map(siteOf);
  if (new Set(sites).size < folds) throw new Error(`${folds} folds need as many sites: ${new Set(sites).size} sites are too few`);
  const foldOf = assignFolds(sites, folds, seed);
  const results: CaseResult[] = new Array(cases.length);
  const perFold: FoldFigures[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const held = cases.flatMap((c, i) => (foldOf[i] === fold ? [i] : []));
    if (!held.length) continue; // a small corpus may leave a fold without a site (folds are a hash of the site)
    const extractor = await fit(cases.filter((_, i) => foldOf[i] !== fold));
    for (const i of held) results[i] = { batch: cases[i].batch, name: cases[i].name, site: sites[i], fold, score: scoreWith(extractor, cases[i], cache) };
    perFold.push({ fold, sites: [...new Set(held.map((i) => sites[i]))].sort(), figures: figuresOf(held.map((i) => results[i].score)) });
  }
  return { folds, seed, perFold, ...plainOf(results) };
}

/** Cross-validation grouped by site alone (what the floor gate judges): no plain run beside it. */
export function crossValidate(cases: readonly LabelledCase[], fit: Fit, options: { folds?: number; seed?: string } = {}): Promise<CrossValidation> {
  return crossValidateWith(cases, fit, options.folds ?? DEFAULT_FOLDS, options.seed ?? DEFAULT_SEED, new WeakMap());
}

/** Cross-validation grouped by site, and the plain run beside it. */
export async function evaluate(cases: readonly LabelledCase[], fit: Fit, options: { folds?: number; seed?: string } = {}): Promise<Evaluation> {
  const cache: Cache = new WeakMap();
  const crossValidated = await crossValidateWith(cases, fit, options.folds ?? DEFAULT_FOLDS, options.seed ?? DEFAULT_SEED, cache);
  const extractor = await fit(cases);
  const plain = plainOf(cases.map((c) => ({ batch: c.batch, name: c.name, site: siteOf(c), fold: null, score: scoreWith(extractor, c, cache) })));
  return { crossValidated, plain };
}

/** The first run of one batch: fitted on every other page, scored on the batch's pages. */
export async function firstRun(cases: readonly LabelledCase[], batch: string, fit: Fit): Promise<PlainRun> {
  const held = cases.filter((c) => c.batch === batch);
  if (!held.length) throw new Error(`no labelled pages in batch ${batch}`);
  const extractor = await fit(cases.filter((c) => c.batch !== batch));
  return plainOf(held.map((c) => ({ batch: c.batch, name: c.name, site: siteOf(c), fold: null, score: scoreWith(extractor, c, new WeakMap()) })));
}
