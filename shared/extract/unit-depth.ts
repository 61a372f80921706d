/**
 * How deep to read a page's units (depth.ts; docs/extraction.md "How deep to read a page (round 14)"): the learned
 * segmentation (model/units.ts) adds a unit the rules missed from one fixed probability (0.72); the page's features
 * below decide whether it is read to a lower one (`UNIT_DEPTH_OPTIONS`) — a listing whose uncertain entries are many and
 * alike, beside sure ones, against a page with one uncertain section. The features never depend on the option taken.
 * Pure and linear: one pass over the candidates and one over the blocks.
 */
import type { Block } from './blocks.ts';
import { countBucket as bucket, share } from './depth.ts';
import { signatureOf } from './records.ts';
import type { Unit } from './segment.ts';

/** The page's options, shallow to deep: the probabilities from which a page's units may be added (today's is 0.72). */
export const UNIT_DEPTH_OPTIONS = [0.6, 0.45] as const;
const SURE = 0.72;

export interface UnitDepthCandidate {
  unit: Unit;
  /** the model's probability; a unit the rules made counts as sure */
  probability: number;
  /** the candidate's own features (features/units.ts); none for the rules' units */
  features: readonly string[];
}

function band(p: number): 'sure' | 'upper' | 'lower' | 'below' {
  if (p >= SURE) return 'sure';
  if (p >= UNIT_DEPTH_OPTIONS[0]) return 'upper';
  if (p >= UNIT_DEPTH_OPTIONS[1]) return 'lower';
  return 'below';
}

/** A candidate's shape: its source, and its first block's element and that element's parent as records.ts signs them. */
function shapeOf(u: Unit): string {
  const node = u.blocks[0]?.node;
  if (!node) return u.source;
  return `${u.source}:${node.parent ? signatureOf(node.parent) : ''}>${signatureOf(node)}`;
}

/**
 * The page's features: how many candidates each band holds, how many units the rules made, how alike the uncertain
 * candidates are (their largest group of one shape, whether sure ones stand among them), which of the candidates' own
 * features most uncertain ones share, and the page's kind of text (its share of list and table blocks, its headings).
 */
export function unitDepthFeatures(candidates: readonly UnitDepthCandidate[], blocks: readonly Block[]): string[] {
  const out = ['bias'];
  const counts = { sure: 0, upper: 0, lower: 0, below: 0 };
  const groups = new Map<string, { n: number; sure: number; uncertain: number }>();
  const bands = candidates.map((c) => band(c.probability));
  candidates.forEach((c, i) => {
    const b = bands[i];
    counts[b]++;
    const k = shapeOf(c.unit);
    const g = groups.get(k) ?? { n: 0, sure: 0, uncertain: 0 };
    g.n++;
    if (b === 'sure') g.sure++;
    if (b === 'upper' || b === 'lower') g.uncertain++;
    groups.set(k, g);
  });
  for (const b of ['sure', 'upper', 'lower', 'below'] as const) out.push(`${b}:${bucket(counts[b], [1, 2, 4, 8])}`);
  const uncertain = counts.upper + counts.lower;
  out.push(`uncertain:${bucket(uncertain, [1, 2, 4, 8])}`);
  // the page's kind of text: how much of it is lists and tables, how many headings it has
  let listed = 0;
  let headings = 0;
  for (const b of blocks) {
    if (b.list || b.cell) listed++;
    if (b.type === 'heading') headings++;
  }
  out.push(`listed:${bucket(listed / Math.max(1, blocks.length), [0.1, 0.3, 0.6])}`, `headings:${bucket(headings, [2, 4, 8, 16])}`);
  if (!uncertain) return out;
  let largest = 0;
  let withSure = 0;
  let grouped = 0;
  for (const g of groups.values()) {
    if (!g.uncertain) continue;
    largest = Math.max(largest, g.uncertain);
    if (g.sure) withSure += g.uncertain;
    if (g.n >= 3) grouped += g.uncertain;
  }
  out.push(`alike:${bucket(largest, [2, 3, 5, 10])}`, `beside-sure:${share(withSure, uncertain)}`, `grouped:${share(grouped, uncertain)}`);
  out.push(`share:${bucket(uncertain / Math.max(1, candidates.length), [0.25, 0.5, 0.75])}`);
  const shared = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (bands[i] !== 'upper' && bands[i] !== 'lower') return;
    for (const f of new Set(c.features)) if (f !== 'bias' && !f.includes('&') && !f.includes('|')) shared.set(f, (shared.get(f) ?? 0) + 1);
  });
  for (const [f, n] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n * 2 > uncertain) out.push(`most:${f}`);
  return out;
}
