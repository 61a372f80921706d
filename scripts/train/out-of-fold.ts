/**
 * The segmentation each later trainer reads its training pages with: out of fold. A unit model fitted on the very
 * pages a trainer then reads segments them better than it segments pages of sites it never saw, so the titles,
 * locations, organizers, calls only described and event lines would learn from a segmentation tighter than the one
 * they meet (docs/extraction.md "Later decisions trained on out-of-fold units (round 12)"). So the training pages are
 * split into inner folds by site — the evaluation's grouping (shared/eval/folds.ts: a seeded hash of the site, whole
 * sites together) — and each page is read with the unit model fitted on the other inner folds' pages only. The unit
 * samples are read once per page and shared by the inner fits; the pages themselves are read once per trainer, as
 * before. Deterministic: the folds are seeded, the fits have no randomness.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, DEFAULT_FOLDS, siteOf } from '../../shared/eval/folds.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import type { UnitModel } from '../../shared/extract/model/units.ts';
import type { Family, GroupedSample } from './fit-trees.ts';
import { fitUnitModel, unitSamplesOf } from './units.ts';

/** The inner folds: as many as the evaluation's. */
export const INNER_FOLDS = DEFAULT_FOLDS;

/** The unit model a training page is read with (null: the rules' segmentation). */
export type PageUnits = (c: LabelledCase) => UnitModel | null;

/**
 * Each training page's unit model, fitted without its inner fold's sites: `samples[i]` are the unit samples of
 * `cases[i]`, `fit` fits a unit model on samples. A fold whose other folds hold no sample reads its pages with the
 * rules (null). Asking for a page that is not among `cases` is an error: it would have no fold.
 */
export function outOfFoldUnits(cases: readonly LabelledCase[], samples: readonly (readonly GroupedSample[])[], fit: (samples: GroupedSample[]) => UnitModel, folds = INNER_FOLDS): PageUnits {
  if (samples.length !== cases.length) throw new Error(`out-of-fold units: ${samples.length} sample lists for ${cases.length} pages`);
  const foldOf = assignFolds(cases.map(siteOf), folds);
  const models = new Map<number, UnitModel | null>();
  for (const fold of [...new Set(foldOf)].sort((a, b) => a - b)) {
    const rest = samples.filter((_, i) => foldOf[i] !== fold).flat();
    models.set(fold, rest.length ? fit(rest) : null);
  }
  const index = new Map(cases.map((c, i) => [c, i]));
  return (c) => {
    const i = index.get(c);
    if (i === undefined) throw new Error(`out-of-fold units: ${c.batch}/${c.name} is not a training page`);
    return models.get(foldOf[i])!;
  };
}

/**
 * The segmentation of a training run, in one place for `npm run train` and every fold of the evaluation: the unit model
 * fitted on every training page (the one extraction uses), its samples, and each page's out-of-fold model for the
 * trainers after it. The samples are read with `roleModel`, as the extractor that uses the unit model runs.
 */
export function fitUnits(cases: readonly LabelledCase[], roleModel: Classifier<DateRoleClass> | null, family?: Family): { model: UnitModel; samples: GroupedSample[]; pages: PageUnits } {
  const perPage = cases.map((c) => unitSamplesOf(c, roleModel));
  const samples = perPage.flat();
  const fit = (s: GroupedSample[]) => fitUnitModel(cases, s, family);
  return { model: fit(samples), samples, pages: outOfFoldUnits(cases, perPage, fit) };
}
