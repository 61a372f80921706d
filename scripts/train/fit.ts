/**
 * Fits a multinomial logistic regression over binary features (pure: no I/O). Full-batch gradient descent with Adam
 * on the mean cross-entropy plus an L2 penalty (not on the bias); the same samples give the same weights, bit for bit:
 * features are indexed in sorted order, samples are visited in the order given, no randomness is involved.
 */
import { softmax, type LogisticModel } from '../../shared/extract/model/logistic.ts';

export interface Sample {
  features: readonly string[];
  /** index into `classes` */
  label: number;
}

export interface FitOptions<C extends string> {
  classes: readonly C[];
  /** L2 strength on the weights */
  l2?: number;
  iterations?: number;
  learningRate?: number;
  /** features seen in fewer samples are dropped */
  minCount?: number;
  /** weights are rounded to this many decimals, and features whose weights all round to 0 are dropped */
  decimals?: number;
}

export function fitLogistic<C extends string>(samples: readonly Sample[], options: FitOptions<C>): LogisticModel<C> {
  const { classes, l2 = 0.01, iterations = 600, learningRate = 0.05, minCount = 2, decimals = 3 } = options;
  const K = classes.length;
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = samples.map((s) => [...new Set(s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b));
  const P = names.length + 1; // the last parameter row is the bias
  const w = new Float64Array(P * K);
  const grad = new Float64Array(P * K);
  const m1 = new Float64Array(P * K);
  const m2 = new Float64Array(P * K);
  const n = Math.max(1, samples.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const z = new Array<number>(K);
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (let s = 0; s < samples.length; s++) {
      const row = rows[s];
      for (let k = 0; k < K; k++) {
        let v = w[names.length * K + k];
        for (const f of row) v += w[f * K + k];
        z[k] = v;
      }
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const g = (p[k] - (samples[s].label === k ? 1 : 0)) / n;
        grad[names.length * K + k] += g;
        for (const f of row) grad[f * K + k] += g;
      }
    }
    for (let i = 0; i < names.length * K; i++) grad[i] += l2 * w[i];
    for (let i = 0; i < P * K; i++) {
      m1[i] = b1 * m1[i] + (1 - b1) * grad[i];
      m2[i] = b2 * m2[i] + (1 - b2) * grad[i] * grad[i];
      const mh = m1[i] / (1 - b1 ** t);
      const vh = m2[i] / (1 - b2 ** t);
      w[i] -= (learningRate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  const round = (v: number) => {
    const r = Number(v.toFixed(decimals));
    return Object.is(r, -0) ? 0 : r;
  };
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const row = Array.from({ length: K }, (_, k) => round(w[i * K + k]));
    if (row.some((v) => v !== 0)) weights[f] = row;
  });
  return { classes: [...classes], bias: Array.from({ length: K }, (_, k) => round(w[names.length * K + k])), weights };
}
