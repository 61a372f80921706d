/**
 * How deep to read a page (docs/extraction.md "How deep to read a page (round 14)"): a decision that makes items from
 * candidates scored one by one takes them from one fixed probability; a reader decides per page how far down to read —
 * on a listing whose uncertain candidates are many and alike, take them; on an article with one uncertain sentence,
 * don't. A few fixed options (lower thresholds); per option a small logistic model over the page's features (which do
 * not depend on the option taken) says whether the page gains by it; the deepest option whose model is sure (probability
 * ≥ its `sure`, chosen by inner folds in training) is taken, else the decision's own threshold. Used by the event lines
 * (line-depth.ts) and the learned segmentation (unit-depth.ts). Pure.
 */
import { classify, type Classifier } from './model/classifier.ts';

export type DepthClass = 'stay' | 'deeper';

export interface DepthModel {
  /** the thresholds, shallow to deep */
  options: number[];
  /** per option, whether the page gains by reading to it */
  models: Array<Classifier<DepthClass>>;
  /** per option, the probability from which its model is sure (above 1: never) */
  sure: number[];
}

/** The threshold the page is read to: the deepest option its model is sure of, else `today`. */
export function chooseDepth(depth: DepthModel, features: readonly string[], today: number): number {
  for (let k = depth.options.length - 1; k >= 0; k--) {
    const model = depth.models[k];
    if (!model || depth.sure[k] > 1) continue;
    const p = classify(model, features).probabilities[model.classes.indexOf('deeper')];
    if (p >= depth.sure[k]) return Math.min(today, depth.options[k]);
  }
  return today;
}

/** A count's bucket: `<e` for the first edge it stays under, else the last edge and over. */
export function countBucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n < e) return `<${e}`;
  return `${edges[edges.length - 1]}+`;
}

/** Whether none, some or all of a count's members have a property. */
export const share = (n: number, of: number) => (n === 0 ? 'none' : n === of ? 'all' : 'some');
