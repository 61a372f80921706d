/**
 * The calibration step of `npm run train`: reads every labelled page with the default extractor fitted without its
 * site (cross-validated, 5 folds, raw confidences), fits the calibration on those answers (calibration.ts) and writes
 * shared/extract/model/calibration.ts. Deterministic: the folds are seeded and the fit has no randomness.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { calibrationAnswers } from '../eval/calibration.ts';
import { fit } from '../eval/fit.ts';
import { calibrationModule, fitCalibration } from './calibration.ts';

const OUT = resolve(import.meta.dirname, '../../shared/extract/model/calibration.ts');
const FOLDS = 5;

/** Fits the calibration on the cases' cross-validated answers and writes its data module; a line for the log. */
export async function trainCalibration(cases: readonly LabelledCase[], out = OUT): Promise<string> {
  const answers = await calibrationAnswers(cases, fit, { folds: FOLDS });
  const map = fitCalibration(answers);
  writeFileSync(out, calibrationModule(map, { cases: cases.length, answers: answers.length, folds: FOLDS }));
  return `calibration: ${Object.keys(map).length} curves from ${answers.length} cross-validated answers → ${out}`;
}
