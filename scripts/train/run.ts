/**
 * `npm run train`: fits the date-role model on every labelled page and writes shared/extract/model/date-role.ts, then
 * the segmentation model (units.ts: which candidate units are items) and writes shared/extract/model/unit-weights.ts;
 * then the title model (fitted on the candidates as the default extractor sees them — the cue cascade's roles, the
 * learned segmentation when it is on by default) and writes shared/extract/model/title.ts; last the confidence
 * calibration (calibrate.ts: fitted on the default extractor's cross-validated answers) and writes
 * shared/extract/model/calibration.ts.
 * `npm run train -- --cv`: also measures it honestly — cross-validated by site (shared/eval, 5 folds, whole sites held
 * out) next to the cue cascade, on corpus figures and on mention-level accuracy — and prints the figures as JSON.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, type LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, siteOf } from '../../shared/eval/folds.ts';
import type { Figures } from '../../shared/eval/figures.ts';
import { predict } from '../../shared/extract/model/logistic.ts';
import { readCorpus } from '../eval/corpus.ts';
import { fit as cascadeFit } from '../eval/fit.ts';
import { CLASSES, FIT_OPTIONS, mentionsOf, roleModelFit, type Mention } from './date-role.ts';
import { fitLogistic } from './fit.ts';
import { modelModule, titleModelModule } from './module.ts';
import { fitTitleSamples, titleSamplesOf } from './title.ts';
import { trainCalibration } from './calibrate.ts';
import { DEFAULT_SEGMENTER } from '../../shared/extract/model/default.ts';
import { coverageLine, fitUnitModel, unitCoverage, unitModelModule, unitSamplesOf } from './units.ts';

const OUT = resolve(import.meta.dirname, '../../shared/extract/model/date-role.ts');
const TITLE_OUT = resolve(import.meta.dirname, '../../shared/extract/model/title.ts');
const UNITS_OUT = resolve(import.meta.dirname, '../../shared/extract/model/unit-weights.ts');
const FOLDS = 5;

const started = Date.now();
const cases = await readCorpus();
const mentions = cases.map(mentionsOf);
const all = mentions.flat();
const model = fitLogistic(all, FIT_OPTIONS);
writeFileSync(OUT, modelModule(model, { cases: cases.length, mentions: all.length }));
const counts = CLASSES.map((c, k) => `${c} ${all.filter((m) => m.label === k).length}`).join(', ');
console.log(`fitted on ${all.length} mentions of ${cases.length} pages (${counts}): ${Object.keys(model.weights).length} features → ${OUT} (${Date.now() - started} ms)`);

const unitsStarted = Date.now();
const unitSamples = cases.flatMap((c) => unitSamplesOf(c));
const unitWeights = fitUnitModel(cases, unitSamples);
const unitItems = unitSamples.filter((s) => s.label === 1).length;
const coverage = unitCoverage(cases);
writeFileSync(UNITS_OUT, unitModelModule(unitWeights, { cases: cases.length, candidates: unitSamples.length, items: unitItems, coverage }));
console.log(`units: fitted on ${unitSamples.length} candidate units (${unitItems} items): ${Object.keys(unitWeights.weights).length} features → ${UNITS_OUT} (${Date.now() - unitsStarted} ms); ${coverageLine(coverage)}`);

const titleStarted = Date.now();
// the title candidates as the default extractor sees them: with the learned segmentation when it is on by default
const candidates = cases.flatMap((c) => titleSamplesOf(c, null, DEFAULT_SEGMENTER ? unitWeights : null));
const titles = fitTitleSamples(candidates);
const units = new Set(candidates.map((s) => `${s.case}#${s.unit}`)).size;
writeFileSync(TITLE_OUT, titleModelModule(titles, { cases: cases.length, units, candidates: candidates.length }));
console.log(`title: fitted on ${candidates.length} candidates of ${units} items: ${Object.keys(titles.weights).length} features → ${TITLE_OUT} (${Date.now() - titleStarted} ms)`);

const calibrationStarted = Date.now();
console.log(`${await trainCalibration(cases)} (${Date.now() - calibrationStarted} ms)`);

if (process.argv.includes('--cv')) console.log(JSON.stringify(await crossValidate(cases, mentions), null, 2));

/** Mention accuracy of the model fitted without the held-out sites, and of the cascade, plus the corpus figures. */
async function crossValidate(cases: LabelledCase[], mentions: Mention[][]) {
  const foldOf = assignFolds(cases.map(siteOf), FOLDS);
  let right = 0;
  let cascadeRight = 0;
  let n = 0;
  const calibration = Array.from({ length: 5 }, () => ({ predicted: 0, right: 0, n: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = mentions.filter((_, i) => foldOf[i] === fold).flat();
    const m = fitLogistic(mentions.filter((_, i) => foldOf[i] !== fold).flat(), FIT_OPTIONS);
    for (const s of held) {
      const p = predict(m, s.features);
      const ok = p.label === CLASSES[s.label];
      const bin = calibration[Math.min(4, Math.floor((p.probability - 0.2) / 0.8 * 5))];
      Object.assign(bin, { predicted: bin.predicted + p.probability, right: bin.right + (ok ? 1 : 0), n: bin.n + 1 });
      right += ok ? 1 : 0;
      cascadeRight += s.cascade === CLASSES[s.label] ? 1 : 0;
      n++;
    }
  }
  const model = await evaluate(cases, roleModelFit, { folds: FOLDS });
  const cascade = await evaluate(cases, cascadeFit, { folds: FOLDS });
  const brief = (f: Figures) => ({ fields: f.fields, precision: f.precision, recall: f.recall, found: f.found, missed: f.missed, false: f.false });
  const changed = model.crossValidated.cases
    .map((r, i) => ({ r, c: cascade.crossValidated.cases[i] }))
    .filter(({ r, c }) => JSON.stringify(r.score) !== JSON.stringify(c.score))
    .map(({ r, c }) => ({ case: `${r.batch}/${r.name}`, model: r.score.matched, cascade: c.score.matched }));
  return {
    mentions: { n, model: right / n, cascade: cascadeRight / n },
    calibration: calibration.map((b) => ({ n: b.n, predicted: b.n ? b.predicted / b.n : null, observed: b.n ? b.right / b.n : null })),
    crossValidated: { model: brief(model.crossValidated.pooled), cascade: brief(cascade.crossValidated.pooled) },
    byBatch: Object.fromEntries(Object.keys(model.crossValidated.byBatch).map((b) => [b, { model: brief(model.crossValidated.byBatch[b]), cascade: brief(cascade.crossValidated.byBatch[b]) }])),
    plain: { model: brief(model.plain.pooled), cascade: brief(cascade.plain.pooled) },
    changedCases: changed,
  };
}
