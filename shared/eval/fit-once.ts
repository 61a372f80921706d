/**
 * One fit per training set within a run. The evaluation fits the extractor once per fold and once on every page; the
 * calibration report then asks for the same folds' extractors again (scripts/eval/calibration.ts). Fitting is
 * deterministic (seeded), so the second fit of the same training pages would give the same extractor: `fitOnce`
 * hands out the first one instead, which halves `npm run eval`. The key is the training pages' batch and name, in
 * order; a different set or order fits anew.
 */
import type { Extractor, Fit, LabelledCase } from './cross-validate.ts';

const keyOf = (training: readonly LabelledCase[]) => training.map((c) => `${c.batch}/${c.name}`).join('\n');

export function fitOnce(fit: Fit): Fit {
  const fitted = new Map<string, Extractor | Promise<Extractor>>();
  return (training) => {
    const key = keyOf(training);
    let extractor = fitted.get(key);
    if (!extractor) fitted.set(key, (extractor = fit(training)));
    return extractor;
  };
}
