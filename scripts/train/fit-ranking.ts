/**
 * Fits a choice among candidates (pure: no I/O): a conditional logit — each candidate's score is the sum of its
 * features' weights, a softmax over one group's candidates gives their probabilities, and the loss is the negative log
 * of the probability the group puts on its right candidates (any of them). So the weights learn which candidate beats
 * which within a page, not how likely a candidate is on its own. Full-batch Adam with an L2 penalty, features seen in at
 * least `minCount` groups, in sorted order: the same groups give the same weights, bit for bit.
 * The result has the two-class shape of model/logistic.ts (`other` weighs 0, `title` the score), so inference is the
 * title choice's usual softmax over the candidates' log-odds.
 */
import { softmax, type LogisticModel } from '../../shared/extract/model/logistic.ts';

export interface RankingGroup {
  /** each candidate's features */
  candidates: ReadonlyArray<readonly string[]>;
  /** which candidates are right (at least one) */
  right: readonly boolean[];
}

/** Labelled candidates grouped by the unit they compete in (`case#unit`), in the order first seen. */
export function groupsOf(samples: ReadonlyArray<{ case: string; unit: number; features: readonly string[]; label: number }>): RankingGroup[] {
  const groups = new Map<string, Array<(typeof samples)[number]>>();
  for (const s of samples) {
    const key = `${s.case}#${s.unit}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].map((g) => ({ candidates: g.map((s) => s.features), right: g.map((s) => s.label === 1) }));
}

export interface RankingOptions<C extends string> {
  /** [the class of a wrong candidate, the class of a right one] */
  classes: readonly [C, C];
  l2?: number;
  iterations?: number;
  learningRate?: number;
  minCount?: number;
  decimals?: number;
}

export function fitRanking<C extends string>(groups: readonly RankingGroup[], options: RankingOptions<C>): LogisticModel<C> {
  const { classes, l2 = 0.01, iterations = 400, learningRate = 0.05, minCount = 3, decimals = 3 } = options;
  const used = groups.filter((g) => g.candidates.length >= 2 && g.right.some(Boolean) && !g.right.every(Boolean));
  const counts = new Map<string, number>();
  for (const g of used) for (const f of new Set(g.candidates.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = used.map((g) => g.candidates.map((c) => [...new Set(c.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]));
  const P = names.length;
  const w = new Float64Array(P);
  const grad = new Float64Array(P);
  const m1 = new Float64Array(P);
  const m2 = new Float64Array(P);
  const n = Math.max(1, used.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    used.forEach((g, s) => {
      const z = rows[s].map((row) => row.reduce((v, f) => v + w[f], 0));
      const p = softmax(z);
      const right = p.reduce((a, v, i) => a + (g.right[i] ? v : 0), 0);
      // d(−log Σ_right p)/dz_i = p_i − [i right]·p_i / Σ_right p
      rows[s].forEach((row, i) => {
        const d = (p[i] - (g.right[i] ? p[i] / right : 0)) / n;
        for (const f of row) grad[f] += d;
      });
    });
    for (let i = 0; i < P; i++) {
      const gi = grad[i] + l2 * w[i];
      m1[i] = b1 * m1[i] + (1 - b1) * gi;
      m2[i] = b2 * m2[i] + (1 - b2) * gi * gi;
      w[i] -= (learningRate * (m1[i] / (1 - b1 ** t))) / (Math.sqrt(m2[i] / (1 - b2 ** t)) + eps);
    }
  }
  const round = (v: number) => {
    const r = Number(v.toFixed(decimals));
    return Object.is(r, -0) ? 0 : r;
  };
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const v = round(w[i]);
    if (v !== 0) weights[f] = [0, v];
  });
  return { classes: [...classes], bias: [0, 0], weights };
}

/** The model with the cascade's own answer (feature `src:rule`) weighed `margin` more: the rule loses only to a clearly better candidate. */
export function withRuleMargin<M extends LogisticModel<string>>(model: M, margin: number): M {
  const rule = model.weights['src:rule'] ?? [0, 0];
  return { ...model, weights: { ...model.weights, 'src:rule': [rule[0], Number((rule[1] + margin).toFixed(3))] } };
}
