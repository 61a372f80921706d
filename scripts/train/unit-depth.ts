/**
 * The page's unit depth (shared/extract/unit-depth.ts; the decision and its fit: depth.ts). Every training page is
 * read once per option (today's threshold and each lower one: the units change every later step, so no option's items
 * are a part of another's), its candidates scored by a unit model fitted **without its site** (3 inner folds by site),
 * the later decisions the ones fitted on the training pages. Deterministic.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, siteOf } from '../../shared/eval/folds.ts';
import { learnedRoles } from '../../shared/extract/features/date-role.ts';
import { extract, type ExtractOptions } from '../../shared/extract/index.ts';
import { UNIT_DEPTH_OPTIONS } from '../../shared/extract/unit-depth.ts';
import type { DepthModel } from '../../shared/extract/depth.ts';
import { learnedSegmenter, UNIT_SELECTION, type UnitModel } from '../../shared/extract/model/units.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import type { GroupedSample } from './fit-trees.ts';
import { fitUnitModel } from './units.ts';
import { depthModule, fitDepth, gainOver, INNER_FOLDS, INNER_SEED, pageScore, type DepthSample } from './depth.ts';

/** Whether the trainers fit the page's unit depth (false: today's threshold on every page). */
export const UNIT_DEPTH = false;

/** The decisions the page is read with besides the segmentation (the fitted ones; absent: the rules). */
export type UnitDepthModels = Pick<ExtractOptions, 'roles' | 'titleModel' | 'locationModel' | 'describedCalls' | 'eventLines'>;

/** The page read to each option with a given unit model: its depth features and each option's gain. */
export function unitDepthSampleOf(c: LabelledCase, models: UnitDepthModels, unitModel: UnitModel, fold = 0): DepthSample {
  let features: string[] = [];
  const at = (add: number, trace: boolean) =>
    pageScore(
      c,
      extract({
        view: cheerioView(c.html),
        url: c.url,
        now: new Date(`${c.now}T12:00:00Z`),
        roles: null,
        titleModel: null,
        locationModel: null,
        describedCalls: null,
        eventLines: null,
        ...models,
        segmenter: learnedSegmenter(unitModel, { add, traceDepth: trace ? (d) => (features = d.features) : undefined }),
        organizer: null,
        calibration: null,
      }).items,
    );
  const today = at(UNIT_SELECTION.add, true);
  // no candidate between the deepest option and today's threshold: every option reads the page as today's does
  if (features.includes('uncertain:<1')) return { case: c.name, fold, features, gains: UNIT_DEPTH_OPTIONS.map(() => null) };
  return { case: c.name, fold, features, gains: UNIT_DEPTH_OPTIONS.map((t) => gainOver(today, at(t, false))) };
}

/** The depth samples of the training pages (in their order), each read with a unit model fitted without its inner fold's sites. */
export function unitDepthSamplesOf(cases: readonly LabelledCase[], unitSamples: readonly GroupedSample[][], models: UnitDepthModels): DepthSample[] {
  const foldOf = assignFolds(cases.map(siteOf), INNER_FOLDS, INNER_SEED);
  const out: DepthSample[] = new Array(cases.length);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const inner = cases.filter((_, i) => foldOf[i] !== k);
    const unitModel = fitUnitModel(inner, unitSamples.filter((_, i) => foldOf[i] !== k).flat());
    cases.forEach((c, i) => {
      if (foldOf[i] === k) out[i] = unitDepthSampleOf(c, models, unitModel, k);
    });
  }
  return out;
}

export const fitUnitDepth = (samples: readonly DepthSample[]): DepthModel => fitDepth(samples, UNIT_DEPTH_OPTIONS);

/** The fitted depth as the TypeScript data module shared/extract/model/unit-depth.ts. */
export function unitDepthModule(m: DepthModel | null, about: { cases: number; summary: string }): string {
  if (!m) return depthModule(null, { name: 'unitDepthModel', doc: ` * How deep to read a page's units (unit-depth.ts, depth.ts): off — \`UNIT_DEPTH\` is false in scripts/train/unit-depth.ts.` });
  return depthModule(m, {
    name: 'unitDepthModel',
    doc: ` * How deep to read a page's units (unit-depth.ts, depth.ts): per option a logistic regression over the page's
 * features, fitted on ${about.cases} labelled pages read with unit models fitted without their sites (scripts/train/unit-depth.ts):
 * ${about.summary}.`,
  });
}
