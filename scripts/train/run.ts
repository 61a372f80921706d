/**
 * `npm run train`: fits the date-role model on every labelled page and writes shared/extract/model/date-role.ts, then
 * the segmentation model (units.ts: which candidate units are items) and writes shared/extract/model/unit-weights.ts;
 * then the title model and writes shared/extract/model/title.ts; then the location choice (location.ts) and the organizer
 * choice (organizer.ts) and the event lines (event-lines.ts) — each fitted on the candidates as the default extractor sees them (the decisions before it
 * learned when they are on by default, shared/extract/model/default.ts); last the confidence
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
import { CLASSES, FIT_OPTIONS, fitRoleSamples, mentionsOf, roleModelFit, type Mention } from './date-role.ts';
import { fitLogistic } from './fit.ts';
import { isTrees, type Classifier } from '../../shared/extract/model/classifier.ts';
import { locationModelModule, modelModule, organizerModelModule, titleModelModule } from './module.ts';
import { fitLocationSamples, locationSamplesOf } from './location.ts';
import { fitOrganizerGroups, organizerGroupsOf } from './organizer.ts';
import { fitTitleSamples, titleSamplesOf } from './title.ts';
import { trainCalibration } from './calibrate.ts';
import { DEFAULT_DESCRIBED, DEFAULT_LOCATION_MODEL, DEFAULT_ROLES, DEFAULT_SEGMENTER, DEFAULT_TITLE_MODEL } from '../../shared/extract/model/default.ts';
import { EVENT_LINE_THRESHOLD, eventLineModule, eventLineSamplesOf, fitEventLineSamples } from './event-lines.ts';
import { describedModule, describedSamplesOf, fitDescribedSamples } from './described-calls.ts';
import { coverageLine, fitUnitModel, unitCoverage, unitModelModule, unitSamplesOf } from './units.ts';

const OUT = resolve(import.meta.dirname, '../../shared/extract/model/date-role.ts');
const TITLE_OUT = resolve(import.meta.dirname, '../../shared/extract/model/title.ts');
const ORGANIZER_OUT = resolve(import.meta.dirname, '../../shared/extract/model/organizer.ts');
const UNITS_OUT = resolve(import.meta.dirname, '../../shared/extract/model/unit-weights.ts');
const LOCATION_OUT = resolve(import.meta.dirname, '../../shared/extract/model/location.ts');
const DESCRIBED_OUT = resolve(import.meta.dirname, '../../shared/extract/model/described-calls.ts');
const LINES_OUT = resolve(import.meta.dirname, '../../shared/extract/model/event-lines.ts');
const FOLDS = 5;

const started = Date.now();
const cases = await readCorpus();
const mentions = cases.map(mentionsOf);
const all = mentions.flat();
const model = fitRoleSamples(all);
writeFileSync(OUT, modelModule(model, { cases: cases.length, mentions: all.length }));
const counts = CLASSES.map((c, k) => `${c} ${all.filter((m) => m.label === k).length}`).join(', ');
console.log(`fitted on ${all.length} mentions of ${cases.length} pages (${counts}): ${sizeOf(model)} → ${OUT} (${Date.now() - started} ms)${model.thresholds ? `; overrule thresholds ${JSON.stringify(model.thresholds, (_, v) => (v === Infinity ? 'never' : v))}` : ''}`);

const unitsStarted = Date.now();
// each later model reads the page with the decisions before it as the default extractor makes them
const roleModel = DEFAULT_ROLES ? model : null;
const unitSamples = cases.flatMap((c) => unitSamplesOf(c, roleModel));
const unitWeights = fitUnitModel(cases, unitSamples);
const unitItems = unitSamples.filter((s) => s.label === 1).length;
const coverage = unitCoverage(cases);
writeFileSync(UNITS_OUT, unitModelModule(unitWeights, { cases: cases.length, candidates: unitSamples.length, items: unitItems, coverage }));
console.log(`units: fitted on ${unitSamples.length} candidate units (${unitItems} items): ${sizeOf(unitWeights)} → ${UNITS_OUT} (${Date.now() - unitsStarted} ms); ${coverageLine(coverage)}`);
const unitModel = DEFAULT_SEGMENTER ? unitWeights : null;

const titleStarted = Date.now();
const candidates = cases.flatMap((c) => titleSamplesOf(c, roleModel, unitModel));
const titles = fitTitleSamples(candidates);
const units = new Set(candidates.map((s) => `${s.case}#${s.unit}`)).size;
writeFileSync(TITLE_OUT, titleModelModule(titles, { cases: cases.length, units, candidates: candidates.length }));
console.log(`title: fitted on ${candidates.length} candidates of ${units} items: ${Object.keys(titles.weights).length} features → ${TITLE_OUT} (${Date.now() - titleStarted} ms)`);

// the location choice, fitted on the candidates as the extractor with its default decisions sees them (the models just fitted)
const locationStarted = Date.now();
const places = cases.flatMap((c) => locationSamplesOf(c, { roleModel, unitModel, titleModel: titles }));
const locations = fitLocationSamples(places);
const events = new Set(places.map((s) => `${s.case}#${s.unit}`)).size;
writeFileSync(LOCATION_OUT, locationModelModule(locations, { cases: cases.length, units: events, candidates: places.length }));
console.log(`location: fitted on ${places.length} candidates of ${events} events: ${Object.keys(locations.weights).length} features → ${LOCATION_OUT} (${Date.now() - locationStarted} ms)`);

// the calls only described, read with the decisions before them
const describedStarted = Date.now();
const describedSamples = cases.flatMap((c) => describedSamplesOf(c, { roleModel, unitModel, titleModel: DEFAULT_TITLE_MODEL ? titles : null, locationModel: DEFAULT_LOCATION_MODEL ? locations : null }));
const described = fitDescribedSamples(describedSamples);
const describedItems = describedSamples.filter((s) => s.label !== 0).length;
writeFileSync(DESCRIBED_OUT, describedModule(described, { cases: cases.length, candidates: describedSamples.length, items: describedItems }));
console.log(`described calls: fitted on ${describedSamples.length} candidates (${describedItems} items): ${Object.keys(described.model.weights).length} features → ${DESCRIBED_OUT} (${Date.now() - describedStarted} ms)`);

// the organizer choice, its candidates read with the decisions in use by default (the ones just fitted)
const organizerStarted = Date.now();
const organizerGroups = cases.flatMap((c) => organizerGroupsOf(c, { roleModel, unitModel, titleModel: DEFAULT_TITLE_MODEL ? titles : null }));
const organizers = fitOrganizerGroups(organizerGroups);
const organizerCandidates = organizerGroups.reduce((n, g) => n + g.candidates.length, 0);
writeFileSync(ORGANIZER_OUT, organizerModelModule(organizers, { cases: cases.length, units: organizerGroups.length, candidates: organizerCandidates }));
console.log(`organizer: fitted on ${organizerCandidates} candidates of ${organizerGroups.length} items: ${Object.keys(organizers.weights).length} features → ${ORGANIZER_OUT} (${Date.now() - organizerStarted} ms)`);

// the event lines, their candidates read with every decision before them (the dates no item took)
const linesStarted = Date.now();
const lineSamples = cases.flatMap((c) => eventLineSamplesOf(c, { roleModel, unitModel, titleModel: DEFAULT_TITLE_MODEL ? titles : null, locationModel: DEFAULT_LOCATION_MODEL ? locations : null, describedCalls: DEFAULT_DESCRIBED ? described : null }));
const lines = { model: fitEventLineSamples(lineSamples), threshold: EVENT_LINE_THRESHOLD };
const lineEvents = lineSamples.filter((s) => s.label === 1).length;
writeFileSync(LINES_OUT, eventLineModule(lines, { cases: cases.length, candidates: lineSamples.length, events: lineEvents }));
console.log(`event lines: fitted on ${lineSamples.length} candidates (${lineEvents} events): ${sizeOf(lines.model)} → ${LINES_OUT} (${Date.now() - linesStarted} ms)`);

const calibrationStarted = Date.now();
console.log(`${await trainCalibration(cases)} (${Date.now() - calibrationStarted} ms)`);

if (process.argv.includes('--cv')) console.log(JSON.stringify(await crossValidate(cases, mentions), null, 2));

/** A fitted decision's size in words: a logistic model's features, or its trees (on a logistic base's features). */
function sizeOf(model: Classifier): string {
  if (!isTrees(model)) return `${Object.keys(model.weights).length} features`;
  const trees = `${model.trees.reduce((n, t) => n + t.length, 0)} trees`;
  return model.base ? `${Object.keys(model.base.weights).length} features and ${trees}` : trees;
}

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
