/**
 * `npm run eval [-- options]`: scores the extractor on every labelled case under test/fixtures/corpus/*\/ with the
 * corpus rules, cross-validated by site, and prints a readable report (docs/extraction.md explains the figures).
 *
 *   --json            the whole evaluation as JSON (figures per field, batch and fold; every case's misses)
 *   --markdown        the tables of docs/extraction.md
 *   --folds N         number of folds (default 5, at least 2)
 *   --seed S          seed of the fold assignment (default "callwatch")
 *   --batch DIR       the first run of one batch: fitted on every other case, scored on DIR's cases; prints the row
 *                     for the history table (run it before changing anything for the batch)
 *   --pin             write test/fixtures/corpus/floors.json: batches without a floor are pinned at today's figures,
 *                     the others raised where they improved (never lowered)
 *   --fit NAME        the variant to score (scripts/eval/fit.ts FITS: default, rules, title, roles, both, units, units+roles, units+title, all, organizer);
 *                     default: the one in use by default. Models are fitted inside each fold.
 *   --compare         every variant side by side, pooled and over the batches from real pages (compare.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { evaluate, firstRun } from '../../shared/eval/cross-validate.ts';
import { DEFAULT_FOLDS, DEFAULT_SEED } from '../../shared/eval/folds.ts';
import { FloorsSchema, raiseFloors } from '../../shared/eval/floors.ts';
import { firstRunReport, markdownReport, plainReport } from '../../shared/eval/report.ts';
import { CORPUS_ROOT, loadBatch, readCorpus } from './corpus.ts';
import { calibration, calibrationTable } from './calibration.ts';
import { compareFits, compareTable } from './compare.ts';
import { DEFAULT_FIT, FITS, type FitName } from './fit.ts';
import { fitOnce } from '../../shared/eval/fit-once.ts';

const FLOORS = join(CORPUS_ROOT, 'floors.json');

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      folds: { type: 'string', default: String(DEFAULT_FOLDS) },
      seed: { type: 'string', default: DEFAULT_SEED },
      batch: { type: 'string' },
      pin: { type: 'boolean', default: false },
      fit: { type: 'string', default: DEFAULT_FIT },
      compare: { type: 'boolean', default: false },
    },
  });
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2 || folds > 100) throw new Error(`--folds must be a whole number from 2 to 100, got ${values.folds}`);
  if (!Object.hasOwn(FITS, values.fit)) throw new Error(`--fit must be one of ${Object.keys(FITS).join(', ')}, got ${values.fit}`);
  // the evaluation and its calibration report ask for the same folds: each training set is fitted once
  const fit = fitOnce(FITS[values.fit as FitName]);
  if (values.pin && values.fit !== DEFAULT_FIT) throw new Error(`--pin pins the default variant (${DEFAULT_FIT}) only`);

  if (values.batch) {
    const dir = resolve(values.batch);
    const batch = basename(dir);
    const cases = [...(await readCorpus()).filter((c) => c.batch !== batch), ...(await loadBatch(dir))];
    const run = await firstRun(cases, batch, fit);
    process.stdout.write(values.json ? `${JSON.stringify(run, null, 2)}\n` : `${firstRunReport(run, batch, new Date().toISOString().slice(0, 10))}\n`);
    return 0;
  }

  if (values.compare) {
    const rows = await compareFits(await readCorpus(), { folds, seed: values.seed });
    process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : `cross-validated by site (${folds} folds); real = the batches from real pages combined\n${compareTable(rows, values.markdown)}\n`);
    return 0;
  }

  const corpus = await readCorpus();
  const evaluation = await evaluate(corpus, fit, { folds, seed: values.seed });
  if (values.pin) {
    const floors = v.parse(FloorsSchema, JSON.parse(readFileSync(FLOORS, 'utf8')));
    writeFileSync(FLOORS, `${JSON.stringify(raiseFloors(floors, evaluation.crossValidated), null, 2)}\n`);
    process.stderr.write(`written: ${FLOORS}\n`);
  }
  // calibration: predicted vs observed accuracy per field and confidence bucket, cross-validated by the same folds
  const calibrated = await calibration(corpus, fit, { folds, seed: values.seed });
  if (values.json) process.stdout.write(`${JSON.stringify({ ...evaluation, calibration: calibrated }, null, 2)}\n`);
  else {
    const heading = values.markdown ? '' : 'calibration (cross-validated; predicted = mean confidence, observed = share right):\n';
    process.stdout.write(`${values.markdown ? markdownReport(evaluation) : plainReport(evaluation)}\n\n${heading}${calibrationTable(calibrated, values.markdown)}\n`);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
