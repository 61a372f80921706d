/**
 * The page's depth (shared/extract/depth.ts), trained against the referee's answer for the whole page: per training page,
 * its items under each option (today's threshold, each lower one), each scored against the labels by the referee's
 * pairing. An option's gain over today's: the items found more, plus the fields right more (÷ 7, the referee's fields),
 * less λ × the false items more — λ from the precision target (a false item costs p ÷ (1 − p) found ones at p = 0.95).
 * Per option a logistic model over the page's features (pages where the option changes the items) says whether the page
 * gains (gain > 0); its `sure` is chosen by inner folds (each page's probability from a model fitted without its fold;
 * the probability from which the held-out pages taken gain most, the deepest option first; none that gains: never).
 * The samples' page features are read with models fitted without the page's site (line-depth.ts, unit-depth.ts).
 * Deterministic.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { match, normalize, REFEREE_FIELDS, fieldRight } from '../../shared/eval/score.ts';
import { chooseDepth, type DepthClass, type DepthModel } from '../../shared/extract/depth.ts';
import { classify, type Classifier } from '../../shared/extract/model/classifier.ts';
import { fitLogistic } from './fit.ts';
import { weightRows } from './module.ts';

/** The precision the issue targets: a false item costs PRECISION ÷ (1 − PRECISION) found ones. */
export const DEPTH_PRECISION = 0.95;
export const DEPTH_LAMBDA = DEPTH_PRECISION / (1 - DEPTH_PRECISION);
export const DEPTH_FIT_OPTIONS = { classes: ['stay', 'deeper'] as const, l2: 0.05, iterations: 400, learningRate: 0.05, minCount: 3, decimals: 3 };
/** the inner folds by site that read the samples' features and choose each option's `sure` */
export const INNER_FOLDS = 3;
export const INNER_SEED = 'depth';
/** the probabilities tried as an option's `sure` */
const SURE_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/** never: an option no page is sure enough of */
const NEVER = 2;

export interface DepthSample {
  case: string;
  /** the inner fold the page was read in */
  fold: number;
  features: string[];
  /** per option, its gain over today's threshold; null where it changes no item */
  gains: Array<number | null>;
}

/** A page's items scored against its labels: how many predicted, found, false, and the fields right. */
export function pageScore(c: LabelledCase, items: ReadonlyArray<object>) {
  const labels = c.items.map((it) => normalize(it, c.now));
  const preds = items.map((it) => normalize(it as Record<string, unknown>, c.now));
  const { pairs, falseItems } = match(labels, preds);
  let found = 0;
  let fields = 0;
  for (const [want, got] of pairs) {
    if (!got) continue;
    found++;
    for (const f of REFEREE_FIELDS) if (fieldRight(f, want, got)) fields++;
  }
  return { n: preds.length, key: JSON.stringify(preds), found, fields, false: falseItems.length };
}

export type PageScore = ReturnType<typeof pageScore>;

/** An option's gain over today's; null when it changes no item. */
export function gainOver(today: PageScore, option: PageScore): number | null {
  if (option.key === today.key) return null;
  return option.found - today.found + (option.fields - today.fields) / REFEREE_FIELDS.length - DEPTH_LAMBDA * (option.false - today.false);
}

const fitOption = (samples: readonly DepthSample[], k: number): Classifier<DepthClass> =>
  fitLogistic(
    samples.filter((s) => s.gains[k] !== null).map((s) => ({ features: s.features, label: s.gains[k]! > 0 ? 1 : 0 })),
    DEPTH_FIT_OPTIONS,
  );

/** The depth model: per option a model on every sample, its `sure` chosen by the inner folds. */
export function fitDepth(samples: readonly DepthSample[], options: readonly number[]): DepthModel {
  const models = options.map((_, k) => fitOption(samples, k));
  // held-out probabilities: per inner fold, each option's model fitted on the other folds
  const held = samples.map(() => options.map(() => 0));
  for (let f = 0; f < INNER_FOLDS; f++) {
    const fitted = options.map((_, k) => fitOption(samples.filter((s) => s.fold !== f), k));
    samples.forEach((s, i) => {
      if (s.fold === f) held[i] = fitted.map((m) => classify(m, s.features).probabilities[1]);
    });
  }
  // the deepest option first; a shallower one is chosen among the pages the deeper ones did not take
  const sure = options.map(() => NEVER);
  const taken = new Set<number>();
  for (let k = options.length - 1; k >= 0; k--) {
    let best = { gain: 0, sure: NEVER };
    for (const t of SURE_GRID) {
      let gain = 0;
      samples.forEach((s, i) => {
        if (!taken.has(i) && held[i][k] >= t) gain += s.gains[k] ?? 0;
      });
      if (gain > best.gain) best = { gain, sure: t };
    }
    sure[k] = best.sure;
    samples.forEach((_, i) => {
      if (held[i][k] >= sure[k]) taken.add(i);
    });
  }
  return { options: [...options], models, sure };
}

/** What the depth decision does on the samples it was fitted on (for the trainer's log): pages moved and their gain. */
export function depthSummary(model: DepthModel, samples: readonly DepthSample[], today: number): string {
  let moved = 0;
  let gain = 0;
  for (const s of samples) {
    const k = model.options.indexOf(chooseDepth(model, s.features, today));
    if (k < 0 || s.gains[k] === null) continue;
    moved++;
    gain += s.gains[k]!;
  }
  const changing = model.options.map((_, k) => samples.filter((s) => s.gains[k] !== null).length);
  return `${samples.length} pages (${changing.join(' / ')} changed by ${model.options.join(' / ')}), sure ${model.sure.join(' / ')}; in sample ${moved} moved, gain ${gain.toFixed(2)}`;
}

/** A fitted depth as a TypeScript data module (`name` the exported constant, `doc` the comment's text). */
export function depthModule(m: DepthModel | null, parts: { doc: string; name: string }): string {
  if (!m) return `/**\n${parts.doc}\n * Today's threshold on every page. Generated by \`npm run train\` — do not edit by hand.\n */\nimport type { DepthModel } from '../depth.ts';\n\nexport const ${parts.name}: DepthModel | null = null;\n`;
  const models = m.models.map((model) => {
    if (!('weights' in model)) throw new Error('depth: a logistic model expected');
    return `    {\n      classes: ${JSON.stringify(model.classes)},\n      bias: ${JSON.stringify(model.bias)},\n      weights: {\n${weightRows(model.weights, '        ')}\n      },\n    },`;
  });
  return `/**
${parts.doc}
 * Generated by \`npm run train\` — do not edit by hand.
 */
import type { DepthModel } from '../depth.ts';

export const ${parts.name}: DepthModel | null = {
  options: ${JSON.stringify(m.options)},
  sure: ${JSON.stringify(m.sure)},
  models: [
${models.join('\n')}
  ],
};
`;
}
