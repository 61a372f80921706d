/**
 * How deep to read a page's event lines (depth.ts; docs/extraction.md "How deep to read a page (round 14)"): the
 * event-line decision scores each candidate alone and takes it from one fixed probability (0.8); the page's features
 * below decide whether it is read to a lower one (`LINE_DEPTH_OPTIONS`). Pure and linear: one pass over the candidates, one
 * over each group's tally.
 */
import type { Draft } from './types.ts';
import { countBucket as bucket, share, type DepthModel } from './depth.ts';

export { chooseDepth } from './depth.ts';

/** The page's options, shallow to deep: the event lines' thresholds a page may be read to (today's is the model's own). */
export const LINE_DEPTH_OPTIONS = [0.7, 0.55] as const;
/** The bands the page's candidates are counted in (fixed: the features never depend on the option taken). */
const SURE = 0.8;

/** The event lines' depth: depth.ts's decision over the features below. */
export type LineDepthModel = DepthModel;

export interface DepthCandidate {
  probability: number;
  /** the candidate's structural group (a list, a table, a parent element) */
  group: string;
  /** the candidate's own features (features/event-lines.ts) */
  features: readonly string[];
}

/** The band of a probability: sure (today's), upper (first option), lower (second option), below. */
function band(p: number): 'sure' | 'upper' | 'lower' | 'below' {
  if (p >= SURE) return 'sure';
  if (p >= LINE_DEPTH_OPTIONS[0]) return 'upper';
  if (p >= LINE_DEPTH_OPTIONS[1]) return 'lower';
  return 'below';
}

/**
 * The page's features: how many candidates each band holds, how alike the uncertain ones are (how many share a
 * structural group, whether a sure one stands among them), how many items the page already has, and which of the
 * candidates' own features most uncertain candidates share (the kind of text they stand in).
 */
export function lineDepthFeatures(candidates: readonly DepthCandidate[], items: readonly Draft[]): string[] {
  const out = ['bias'];
  const counts = { sure: 0, upper: 0, lower: 0, below: 0 };
  const groups = new Map<string, { n: number; sure: number; uncertain: number }>();
  for (const c of candidates) {
    const b = band(c.probability);
    counts[b]++;
    const g = groups.get(c.group) ?? { n: 0, sure: 0, uncertain: 0 };
    g.n++;
    if (b === 'sure') g.sure++;
    if (b === 'upper' || b === 'lower') g.uncertain++;
    groups.set(c.group, g);
  }
  for (const b of ['sure', 'upper', 'lower', 'below'] as const) out.push(`${b}:${bucket(counts[b], [1, 2, 4, 8])}`);
  const uncertain = counts.upper + counts.lower;
  out.push(`uncertain:${bucket(uncertain, [1, 2, 4, 8])}`);
  out.push(`items:${bucket(items.length, [1, 2, 4])}`, `events:${bucket(items.filter((it) => it.kind === 'event').length, [1, 2, 4])}`);
  if (items.some((it) => it.kind === 'call')) out.push('has-call');
  if (!uncertain) return out;
  // how alike the uncertain candidates are: the largest group they stand in, and whether sure ones stand beside them
  let largest = 0;
  let withSure = 0;
  let grouped = 0;
  for (const g of groups.values()) {
    if (!g.uncertain) continue;
    largest = Math.max(largest, g.uncertain);
    if (g.sure) withSure += g.uncertain;
    if (g.n >= 3) grouped += g.uncertain;
  }
  out.push(`alike:${bucket(largest, [2, 3, 5])}`);
  out.push(`beside-sure:${share(withSure, uncertain)}`, `grouped:${share(grouped, uncertain)}`);
  out.push(`share:${bucket(uncertain / Math.max(1, candidates.length), [0.25, 0.5, 0.75])}`);
  // the candidates' own features most of the uncertain ones share (their block kind, their entry's shape, …)
  const shared = new Map<string, number>();
  for (const c of candidates) {
    const b = band(c.probability);
    if (b !== 'upper' && b !== 'lower') continue;
    for (const f of new Set(c.features)) if (f !== 'bias' && !f.includes('|')) shared.set(f, (shared.get(f) ?? 0) + 1);
  }
  for (const [f, n] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n * 2 > uncertain) out.push(`most:${f}`);
  return out;
}
