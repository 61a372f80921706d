/**
 * Fits gradient-boosted trees over binary features (shared/extract/model/trees.ts; pure: no I/O). Newton boosting on
 * the cross-entropy, as a logistic regression is fitted (fit.ts), but each round adds a shallow tree whose nodes test
 * "feature present", so a leaf holds a conjunction of features: the split with the largest gain in the second-order
 * objective, L2 on the leaf values, a minimum number of samples on each side of a split, every leaf shrunk. A binary
 * decision grows one tree per round for its second class; more classes grow one tree per class per round (softmax).
 * The number of rounds is chosen by an inner cross-validation grouped by a sample's group (its site) over the samples
 * given: never on pages the caller holds out. Deterministic: features indexed in sorted order, samples visited in the
 * order given, ties between splits go to the first feature by name, leaf values rounded as they are made (the module
 * reproduces the scores the fitting saw); the same samples give the same trees, bit for bit.
 */
import { assignFolds } from '../../shared/eval/folds.ts';
import { scores as logisticScores, softmax, type LogisticModel } from '../../shared/extract/model/logistic.ts';
import type { TreeModel, TreeNode } from '../../shared/extract/model/trees.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import { fitLogistic, type FitOptions, type Sample } from './fit.ts';

export interface TreeFitOptions<C extends string> {
  classes: readonly C[];
  /** levels of tests in a tree (2–3) */
  depth?: number;
  /** each leaf's value is multiplied by this */
  shrinkage?: number;
  /** samples at least on each side of a split */
  minLeaf?: number;
  /** L2 strength on the leaf values */
  l2?: number;
  /** features seen in fewer samples are never tested */
  minCount?: number;
  /** leaf values and biases are rounded to this many decimals */
  decimals?: number;
  /** the most rounds the inner cross-validation tries */
  maxRounds?: number;
  /** inner folds (grouped by `group`) that choose the rounds */
  innerFolds?: number;
  /** an inner fold stops growing after this many rounds without a lower held-out loss */
  patience?: number;
}

export interface GroupedSample extends Sample {
  /** the sample's site: inner folds hold whole groups out */
  group: string;
}

const DEFAULTS = { depth: 3, shrinkage: 0.1, minLeaf: 20, l2: 1, minCount: 3, decimals: 4, maxRounds: 300, innerFolds: 3, patience: 40 };

interface Prepared {
  names: string[];
  rows: Int32Array[];
  labels: Int32Array;
}

function prepare(samples: readonly Sample[], minCount: number): Prepared {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = samples.map((s) => Int32Array.from(new Set(s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))).sort());
  return { names, rows, labels: Int32Array.from(samples.map((s) => s.label)) };
}

/** Rows of feature indices of other samples, indexed by a fitted vocabulary (unknown features dropped). */
function rowsIn(samples: readonly Sample[], names: readonly string[]): Int32Array[] {
  const index = new Map(names.map((f, i) => [f, i]));
  return samples.map((s) => Int32Array.from(new Set(s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))).sort());
}

function has(row: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = row.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid] === f) return true;
    if (row[mid] < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A tree over feature indices while fitting: leaves hold rounded values. */
type IndexNode = number | { f: number; yes: IndexNode; no: IndexNode };

function leafAt(node: IndexNode, row: Int32Array): number {
  while (typeof node !== 'number') node = has(row, node.f) ? node.yes : node.no;
  return node;
}

/** The rounded value of one number (no negative zero). */
function rounder(decimals: number): (v: number) => number {
  return (v) => {
    const r = Number(v.toFixed(decimals));
    return Object.is(r, -0) ? 0 : r;
  };
}

/**
 * Boosting over prepared rows. `onRound(round, trees)` is called after every round with the trees added (one per
 * class that grows trees), so a caller can score held-out samples as rounds accumulate.
 */
function boost(data: Prepared, K: number, o: typeof DEFAULTS, rounds: number, start: Float64Array[] | null, onRound?: (round: number, trees: IndexNode[]) => boolean | void): { bias: number[]; trees: IndexNode[][] } {
  const n = data.rows.length;
  const F = data.names.length;
  const round = rounder(o.decimals);
  // the bias: each class's log share (a tree-less model predicts the class frequencies)
  const share = Array.from({ length: K }, (_, k) => (data.labels.filter((y) => y === k).length + 1) / (n + K));
  const bias = start ? new Array<number>(K).fill(0) : K === 2 ? [0, round(Math.log(share[1] / share[0]))] : share.map((p) => round(Math.log(p)));
  const grown = K === 2 ? [1] : Array.from({ length: K }, (_, k) => k);
  const trees: IndexNode[][] = Array.from({ length: K }, () => []);
  const score = start ? start.map((s) => Float64Array.from(s)) : Array.from({ length: K }, (_, k) => new Float64Array(n).fill(bias[k]));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const sumG = new Float64Array(F);
  const sumH = new Float64Array(F);
  const count = new Int32Array(F);
  const z = new Array<number>(K);
  const probs = Array.from({ length: n }, () => new Array<number>(K));

  const grow = (idx: Int32Array, depth: number): IndexNode => {
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i];
      H += h[i];
    }
    const leaf = () => round((-G / (H + o.l2)) * o.shrinkage);
    if (depth >= o.depth || idx.length < 2 * o.minLeaf) return leaf();
    const touched: number[] = [];
    for (const i of idx) {
      for (const f of data.rows[i]) {
        if (count[f] === 0) touched.push(f);
        sumG[f] += g[i];
        sumH[f] += h[i];
        count[f]++;
      }
    }
    const parent = (G * G) / (H + o.l2);
    let best = -1;
    let bestGain = 1e-9;
    for (const f of touched) {
      const c = count[f];
      if (c >= o.minLeaf && idx.length - c >= o.minLeaf) {
        const gl = sumG[f];
        const hl = sumH[f];
        const gain = (gl * gl) / (hl + o.l2) + ((G - gl) * (G - gl)) / (H - hl + o.l2) - parent;
        if (gain > bestGain || (gain === bestGain && f < best)) {
          bestGain = gain;
          best = f;
        }
      }
    }
    for (const f of touched) {
      sumG[f] = 0;
      sumH[f] = 0;
      count[f] = 0;
    }
    if (best < 0) return leaf();
    const yes: number[] = [];
    const no: number[] = [];
    for (const i of idx) (has(data.rows[i], best) ? yes : no).push(i);
    return { f: best, yes: grow(Int32Array.from(yes), depth + 1), no: grow(Int32Array.from(no), depth + 1) };
  };

  const all = Int32Array.from({ length: n }, (_, i) => i);
  for (let r = 1; r <= rounds; r++) {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < K; k++) z[k] = score[k][i];
      probs[i] = softmax(z);
    }
    const added: IndexNode[] = [];
    for (const k of grown) {
      for (let i = 0; i < n; i++) {
        const p = probs[i][k];
        g[i] = p - (data.labels[i] === k ? 1 : 0);
        h[i] = Math.max(p * (1 - p), 1e-6);
      }
      const tree = grow(all, 0);
      trees[k].push(tree);
      added.push(tree);
      for (let i = 0; i < n; i++) score[k][i] += leafAt(tree, data.rows[i]);
    }
    if (onRound?.(r, added) === false) break;
  }
  return { bias, trees };
}

/** The rounds whose held-out cross-entropy, summed over inner folds grouped by site, is lowest. */
export function chooseRounds<C extends string>(samples: readonly GroupedSample[], options: TreeFitOptions<C>, baseFit?: BaseFit<C>): { rounds: number; loss: number[] } {
  const o = { ...DEFAULTS, ...options };
  const K = options.classes.length;
  const groups = samples.map((s) => s.group);
  const foldOf = assignFolds(groups, o.innerFolds);
  // per round, the held-out loss summed over the folds; a fold that stopped early carries its last loss on
  const loss = new Array<number>(o.maxRounds + 1).fill(0);
  for (let fold = 0; fold < o.innerFolds; fold++) {
    const train = samples.filter((_, i) => foldOf[i] !== fold);
    const held = samples.filter((_, i) => foldOf[i] === fold);
    if (!train.length || !held.length) continue;
    const data = prepare(train, o.minCount);
    const rows = rowsIn(held, data.names);
    const base = baseFit?.(train);
    const grownClasses = K === 2 ? [1] : Array.from({ length: K }, (_, k) => k);
    let score: Float64Array[] = [];
    let foldBest = Infinity;
    let foldBestAt = 0;
    const crossEntropy = () => {
      let sum = 0;
      for (let i = 0; i < held.length; i++) {
        const p = softmax(score.map((s) => s[i]));
        sum -= Math.log(Math.max(p[held[i].label], 1e-12));
      }
      return sum;
    };
    boost(data, K, o, o.maxRounds, base ? startOf(base, train, K) : null, (r, added) => {
      if (r === 1) {
        // the held-out starting scores: the base model's, or the bias
        const { bias } = boostBias(data, K, o.decimals);
        score = base ? startOf(base, held, K) : Array.from({ length: K }, (_, k) => new Float64Array(held.length).fill(bias[k]));
        loss[0] += crossEntropy();
      }
      added.forEach((tree, j) => {
        const k = grownClasses[j];
        for (let i = 0; i < held.length; i++) score[k][i] += leafAt(tree, rows[i]);
      });
      const now = crossEntropy();
      loss[r] += now;
      if (now < foldBest) [foldBest, foldBestAt] = [now, r];
      if (r - foldBestAt >= o.patience || r === o.maxRounds) {
        for (let t = r + 1; t <= o.maxRounds; t++) loss[t] += now;
        return false;
      }
      return true;
    });
  }
  let rounds = 0;
  for (let r = 1; r <= o.maxRounds; r++) if (loss[r] < loss[rounds]) rounds = r;
  return { rounds, loss };
}

/** Fits the logistic model trees are grown on (the decision's own logistic fit), on the samples given. */
export type BaseFit<C extends string> = (samples: readonly Sample[]) => LogisticModel<C>;

/** A base model's scores of some samples, per class. */
function startOf(base: LogisticModel, samples: readonly Sample[], K: number): Float64Array[] {
  const out = Array.from({ length: K }, () => new Float64Array(samples.length));
  samples.forEach((s, i) => logisticScores(base, s.features).forEach((v, k) => (out[k][i] = v)));
  return out;
}

function boostBias(data: Prepared, K: number, decimals: number): { bias: number[] } {
  const round = rounder(decimals);
  const n = data.rows.length;
  const share = Array.from({ length: K }, (_, k) => (data.labels.filter((y) => y === k).length + 1) / (n + K));
  return { bias: K === 2 ? [0, round(Math.log(share[1] / share[0]))] : share.map((p) => round(Math.log(p))) };
}

/** Fits a fixed number of rounds on every sample given. */
export function fitTreesRounds<C extends string>(samples: readonly Sample[], options: TreeFitOptions<C>, rounds: number, base?: LogisticModel<C>): TreeModel<C> {
  const o = { ...DEFAULTS, ...options };
  const data = prepare(samples, o.minCount);
  const K = options.classes.length;
  const fitted = boost(data, K, o, rounds, base ? startOf(base, samples, K) : null);
  const named = (node: IndexNode): TreeNode => (typeof node === 'number' ? node : { f: data.names[node.f], yes: named(node.yes), no: named(node.no) });
  return { classes: [...options.classes], bias: fitted.bias, trees: fitted.trees.map((ts) => ts.map(named)), ...(base ? { base } : {}) };
}

/** Chooses the rounds by inner cross-validation by site on `samples`, then fits that many on all of them. */
export function fitTrees<C extends string>(samples: readonly GroupedSample[], options: TreeFitOptions<C>): TreeModel<C> {
  return fitTreesRounds(samples, options, chooseRounds(samples, options).rounds);
}

/**
 * Boosted trees grown on a logistic model's scores (`baseFit`, the decision's own logistic fitter): the rounds chosen
 * by the inner cross-validation by site (a base fitted on each inner training part), then the base fitted on every
 * sample and that many rounds of trees on top of it. With no round chosen it is the logistic model alone.
 */
export function fitTreesOnLogistic<C extends string>(samples: readonly GroupedSample[], options: TreeFitOptions<C>, baseFit: BaseFit<C>): TreeModel<C> {
  const { rounds } = chooseRounds(samples, options, baseFit);
  return fitTreesRounds(samples, options, rounds, baseFit(samples));
}

/** A fitted tree model's fields as the rows of a data module: one tree per line. */
export function treeRows(model: TreeModel, indent = '    '): string {
  return `${indent}classes: ${JSON.stringify(model.classes)},
${indent}bias: [${model.bias.join(', ')}],
${model.base ? `${indent}base: {\n${indent}  classes: ${JSON.stringify(model.base.classes)},\n${indent}  bias: [${model.base.bias.join(', ')}],\n${indent}  weights: {\n${Object.keys(model.base.weights).sort().map((f) => `${indent}    ${JSON.stringify(f)}: [${model.base!.weights[f].join(', ')}],`).join('\n')}\n${indent}  },\n${indent}},\n` : ''}${indent}trees: [
${model.trees.map((ts) => `${indent}  [\n${ts.map((t) => `${indent}    ${JSON.stringify(t)},`).join('\n')}\n${indent}  ],`).join('\n')}
${indent}],`;
}

/**
 * A decision's model family: which fitter its trainer uses — its logistic regression, boosted trees alone, or trees
 * stacked on its logistic regression (`fitTreesOnLogistic`); each gives a `Classifier` (shared/extract/model/classifier.ts).
 */
export type Family = 'logistic' | 'trees' | 'stacked';

/** Fits a decision's samples by its family, with the decision's own settings for each fitter. */
export function fitFamily<C extends string>(samples: readonly GroupedSample[], family: Family, options: { logistic: FitOptions<C>; trees: TreeFitOptions<C> }): Classifier<C> {
  if (family === 'trees') return fitTrees(samples, options.trees);
  if (family === 'stacked') return fitTreesOnLogistic(samples, options.trees, (s) => fitLogistic(s, options.logistic));
  return fitLogistic(samples, options.logistic);
}
