/**
 * One interface for a learned decision's model: a logistic regression (logistic.ts) or gradient-boosted trees
 * (trees.ts), both over the same binary features, both giving every class's probability. A decision holds a
 * `Classifier` and calls `classify`; which family it holds is the trainer's choice (scripts/train/).
 */
import { predict, type LogisticModel, type Prediction } from './logistic.ts';
import { predictTrees, type TreeModel } from './trees.ts';

export type Classifier<C extends string = string> = LogisticModel<C> | TreeModel<C>;

/** Whether a model is the trees' family. */
export const isTrees = <C extends string>(model: Classifier<C>): model is TreeModel<C> => 'trees' in model;

/** The most probable class of a set of present features, by whichever family the model is. */
export function classify<C extends string>(model: Classifier<C>, features: Iterable<string>): Prediction<C> {
  return isTrees(model) ? predictTrees(model, features) : predict(model, features);
}
