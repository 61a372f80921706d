/**
 * Fits a word-evidence table (shared/extract/features/word-evidence.ts) from labelled samples (pure, deterministic):
 * for every word, the log-odds of a right sample among the samples that hold it against the log-odds of a right sample
 * overall, shrunk towards 0 by `prior` pseudo-samples at the overall rate. Only words that stood in samples of at least
 * `minGroups` groups (sites) are kept — a word of one site's template or one programme's name never enters — and of
 * those the `maxWords` with the strongest evidence (ties by the word), rounded.
 *
 * A table fitted on some samples and read back on the same samples is over-sure of them: a decision fitted on
 * features read that way learns to trust them too much. `crossFittedEvidence` gives each sample the table fitted
 * without its group's inner fold (groups held out whole, as the evaluation holds out sites), so that the decision is
 * fitted on features read as they will be on a new page; the table fitted on all samples is the one the model carries.
 */
import { assignFolds } from '../../shared/eval/folds.ts';
import type { WordEvidence } from '../../shared/extract/features/word-evidence.ts';

export interface EvidenceSample {
  /** the sample's words (evidenceWords of its text), each once */
  words: readonly string[];
  /** 1: right */
  label: number;
  /** its site: inner folds hold whole groups out, and a word must stand in several */
  group: string;
}

export interface EvidenceOptions {
  /** a word must stand in samples of this many groups */
  minGroups: number;
  /** the strongest this many words are kept */
  maxWords: number;
  /** pseudo-samples at the overall rate that shrink each word's log-odds */
  prior: number;
  /** decimals of the written weights */
  decimals: number;
  /** inner folds of crossFittedEvidence */
  innerFolds: number;
}

export const EVIDENCE_DEFAULTS: EvidenceOptions = { minGroups: 4, maxWords: 400, prior: 4, decimals: 2, innerFolds: 4 };

/** The inner folds' own seed: not the evaluation's, whose folds already split the sites one way. */
const INNER_SEED = 'word-evidence';

export function fitWordEvidence(samples: readonly EvidenceSample[], options: Partial<EvidenceOptions> = {}): WordEvidence {
  const o = { ...EVIDENCE_DEFAULTS, ...options };
  const total = samples.length;
  const right = samples.reduce((n, s) => n + (s.label === 1 ? 1 : 0), 0);
  if (!total || !right || right === total) return { weights: {} };
  const rate = right / total;
  const base = Math.log(rate / (1 - rate));
  const counts = new Map<string, { n: number; right: number; groups: Set<string> }>();
  for (const s of samples) {
    for (const w of new Set(s.words)) {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = { n: 0, right: 0, groups: new Set() }));
      c.n++;
      if (s.label === 1) c.right++;
      c.groups.add(s.group);
    }
  }
  const scored: Array<[string, number]> = [];
  for (const [w, c] of counts) {
    if (c.groups.size < o.minGroups) continue;
    const r = c.right + o.prior * rate;
    const f = c.n - c.right + o.prior * (1 - rate);
    const v = Math.log(r / f) - base;
    const rounded = Number(v.toFixed(o.decimals));
    if (rounded !== 0) scored.push([w, rounded]);
  }
  scored.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = scored.slice(0, o.maxWords).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { weights: Object.fromEntries(kept) };
}

/** The inner fold of each sample's group (the folds crossFittedEvidence holds out; a decision's own out-of-fold reading
 * can use the same). */
export function innerFoldsOf(groups: string[], options: Partial<EvidenceOptions> = {}): number[] {
  return assignFolds(groups, { ...EVIDENCE_DEFAULTS, ...options }.innerFolds, INNER_SEED);
}

/**
 * For every sample, the table fitted on the samples of the other inner folds (its own group's fold held out), in the
 * samples' order; tables are shared by the samples of one fold.
 */
export function crossFittedEvidence(samples: readonly EvidenceSample[], options: Partial<EvidenceOptions> = {}): WordEvidence[] {
  const o = { ...EVIDENCE_DEFAULTS, ...options };
  if (!samples.length) return [];
  const foldOf = innerFoldsOf(samples.map((s) => s.group), o);
  const tables: WordEvidence[] = [];
  for (let fold = 0; fold < o.innerFolds; fold++) tables.push(fitWordEvidence(samples.filter((_, i) => foldOf[i] !== fold), o));
  return foldOf.map((fold) => tables[fold]);
}
