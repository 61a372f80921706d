/**
 * Inference of gradient-boosted trees over binary features: each tree tests whether a feature is present at each node
 * and ends in a leaf value; a class's score is its bias plus the leaves its trees reach, a softmax turns the scores into
 * probabilities. A binary decision keeps no trees for its first class (its score stays its bias). Where a logistic
 * model adds each feature's weight alone, a tree's path is a conjunction ("in a table cell AND no deadline cue").
 * Pure and small — the fitted trees live in a data module beside it (scripts/train/fit-trees.ts writes them).
 */
import { scores, softmax, type LogisticModel, type Prediction } from './logistic.ts';

/** A leaf's value, or a test: `f` present → `yes`, else `no`. Fitted trees are shallow (depth ≤ 3). */
export type TreeNode = number | { f: string; yes: TreeNode; no: TreeNode };

export interface TreeModel<C extends string = string> {
  /** the classes, in the order of `bias` and `trees` */
  classes: readonly C[];
  /** one starting score per class */
  bias: readonly number[];
  /** per class, the trees whose leaves add to its score (summed, shrinkage already applied) */
  trees: readonly (readonly TreeNode[])[];
  /**
   * A logistic model the trees were grown on top of (its scores are the trees' starting point, `bias` is then zero):
   * the features' weights alone, and the trees' conjunctions where they lower the held-out loss.
   */
  base?: LogisticModel<C>;
}

/** The deepest path a tree may have; deeper trees are cut there (untrusted model data never recurses unbounded). */
const MAX_DEPTH = 8;

/** The leaf one tree reaches for a set of present features (a walk, no recursion). */
export function leafOf(tree: TreeNode, present: ReadonlySet<string>): number {
  let node = tree;
  for (let depth = 0; typeof node !== 'number'; depth++) {
    if (depth >= MAX_DEPTH) return 0;
    node = present.has(node.f) ? node.yes : node.no;
  }
  return node;
}

/** The class scores (log-odds up to a constant) of a set of present features. */
export function treeScores(model: TreeModel, features: Iterable<string>): number[] {
  const present = features instanceof Set ? (features as ReadonlySet<string>) : new Set(features);
  const start = model.base ? scores(model.base, present) : null;
  return model.bias.map((b, k) => {
    let sum = b + (start ? start[k] : 0);
    for (const tree of model.trees[k] ?? []) sum += leafOf(tree, present);
    return sum;
  });
}

/** The most probable class of a set of present features. */
export function predictTrees<C extends string>(model: TreeModel<C>, features: Iterable<string>): Prediction<C> {
  const probabilities = softmax(treeScores(model, features));
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[best]) best = k;
  return { label: model.classes[best], probability: probabilities[best], probabilities };
}
