/**
 * Inference of a multinomial logistic regression over binary features: a feature present adds its weight per class,
 * a softmax turns the sums into probabilities. Pure and small — the fitted numbers live in a data module beside it.
 */

export interface LogisticModel<C extends string = string> {
  /** the classes, in the order of every weight row */
  classes: readonly C[];
  /** one weight per class */
  bias: readonly number[];
  /** feature name → one weight per class; features the model never saw weigh nothing */
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface Prediction<C extends string> {
  label: C;
  /** the probability of `label` */
  probability: number;
  /** every class's probability, in the model's order */
  probabilities: number[];
}

/**
 * Each model's weights as a Map, made once per weights object (read-only once fitted): one hash lookup per feature
 * instead of an own-property check and a read on a large dictionary object.
 */
const lookups = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();
function lookupOf(weights: LogisticModel['weights']): ReadonlyMap<string, readonly number[]> {
  let found = lookups.get(weights);
  if (!found) lookups.set(weights, (found = new Map(Object.keys(weights).map((f) => [f, weights[f]]))));
  return found;
}

/** The class scores (log-odds up to a constant) of a set of present features. */
export function scores(model: LogisticModel, features: Iterable<string>): number[] {
  const out = [...model.bias];
  const weights = lookupOf(model.weights);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < out.length; k++) out[k] += w[k];
  }
  return out;
}

/** Softmax, shifted by the maximum so large scores never overflow. */
export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The most probable class of a set of present features. */
export function predict<C extends string>(model: LogisticModel<C>, features: Iterable<string>): Prediction<C> {
  const probabilities = softmax(scores(model, features));
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[best]) best = k;
  return { label: model.classes[best], probability: probabilities[best], probabilities };
}
