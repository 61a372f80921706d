/**
 * Fits the confidence calibration (shared/extract/model/calibration-map.ts) from cross-validated answers: for every
 * field and decision group with enough answers, isotonic regression of "the answer was right" on the raw confidence —
 * answers with the same raw confidence form one block, blocks smaller than `minBlock` join their right neighbour (the
 * last one its left), each block gets `shrink` pseudo-answers at the group's parent rate (its field's base rate for a
 * field curve), and the pool-adjacent-violators pass makes the result non-decreasing. Deterministic; linear after the sort.
 */
import { applyCurve, type CalibrationMap, type Curve } from '../../shared/extract/model/calibration-map.ts';

/** One cross-validated answer: its raw confidence, whether it was right, and its group keys (most specific first). */
export interface CalibrationAnswer {
  raw: number;
  right: boolean;
  keys: readonly string[];
}

export interface CalibrationOptions {
  /** answers a block needs before it stands alone */
  minBlock: number;
  /** pseudo-answers at the parent rate added to every block */
  shrink: number;
  /** answers a decision group needs to get its own curve (else its field's curve serves it) */
  minGroup: number;
}

export const CALIBRATION_OPTIONS: CalibrationOptions = { minBlock: 20, shrink: 5, minGroup: 40 };

interface Block {
  lo: number;
  hi: number;
  n: number;
  sum: number;
}

const mean = (b: Block) => b.sum / b.n;

/** A monotone curve for answers with a raw confidence and whether they were right, shrunk towards `prior` (a rate). */
export function fitCurve(answers: ReadonlyArray<Pick<CalibrationAnswer, 'raw' | 'right'>>, prior: number, options: Omit<CalibrationOptions, 'minGroup'> = CALIBRATION_OPTIONS): Curve {
  const sorted = [...answers].sort((a, b) => a.raw - b.raw);
  // one block per raw value
  const blocks: Block[] = [];
  for (const a of sorted) {
    const last = blocks.at(-1);
    if (last && last.hi === a.raw) Object.assign(last, { n: last.n + 1, sum: last.sum + (a.right ? 1 : 0) });
    else blocks.push({ lo: a.raw, hi: a.raw, n: 1, sum: a.right ? 1 : 0 });
  }
  // small blocks join their right neighbour; a small last block joins its left one
  const sized: Block[] = [];
  for (const b of blocks) {
    const last = sized.at(-1);
    if (last && last.n < options.minBlock) Object.assign(last, { hi: b.hi, n: last.n + b.n, sum: last.sum + b.sum });
    else sized.push({ ...b });
  }
  if (sized.length > 1 && sized.at(-1)!.n < options.minBlock) {
    const small = sized.pop()!;
    const last = sized.at(-1)!;
    Object.assign(last, { hi: small.hi, n: last.n + small.n, sum: last.sum + small.sum });
  }
  // shrinkage: pseudo-answers at the prior rate; then pool adjacent violators
  const pooled: Block[] = [];
  for (const b of sized) {
    pooled.push({ ...b, n: b.n + options.shrink, sum: b.sum + options.shrink * prior });
    while (pooled.length > 1 && mean(pooled.at(-2)!) > mean(pooled.at(-1)!)) {
      const top = pooled.pop()!;
      const below = pooled.at(-1)!;
      Object.assign(below, { hi: top.hi, n: below.n + top.n, sum: below.sum + top.sum });
    }
  }
  // a step per pooled block, from its lowest raw confidence on; steps of equal value are one
  const curve: Curve = { x: [], y: [] };
  for (const b of pooled) {
    const y = round(mean(b));
    if (curve.y.at(-1) === y) continue;
    curve.x.push(Math.floor(b.lo * 100 + 1e-9) / 100);
    curve.y.push(y);
  }
  return curve;
}

/** two decimals: the map's probabilities and raw confidences are read no finer */
const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The calibration map from cross-validated answers: a curve per field (its key is the last of the answer's keys), and
 * one per decision group with at least `minGroup` answers, shrunk towards its parent group's rate — kept only where it
 * says something its fallback (the nearest kept ancestor) does not: more than `PRUNE` apart at one of its answers' raw confidences.
 */
export function fitCalibration(answers: readonly CalibrationAnswer[], options: CalibrationOptions = CALIBRATION_OPTIONS): CalibrationMap {
  const byKey = new Map<string, CalibrationAnswer[]>();
  const parentOf = new Map<string, string | null>();
  for (const a of answers) {
    a.keys.forEach((key, i) => {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(a);
      parentOf.set(key, a.keys[i + 1] ?? null);
    });
  }
  const rate = (list: readonly CalibrationAnswer[]) => list.filter((a) => a.right).length / list.length;
  const map: CalibrationMap = {};
  // the field first, then its groups by kind, then those by empty or filled: a fallback is decided before its groups
  const depth = (key: string) => key.split('|').length;
  for (const key of [...byKey.keys()].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const list = byKey.get(key)!;
    const parent = parentOf.get(key) ?? null;
    if (parent !== null && list.length < options.minGroup) continue;
    const curve = fitCurve(list, parent === null ? rate(list) : rate(byKey.get(parent)!), options);
    const fallback = list[0].keys.slice(list[0].keys.indexOf(key) + 1).map((k) => map[k]).find((c) => c !== undefined);
    if (!fallback || list.some((a) => Math.abs(applyCurve(curve, a.raw) - applyCurve(fallback, a.raw)) > PRUNE)) map[key] = curve;
  }
  return map;
}

/** how far apart (in probability) a group's curve must be from its fallback somewhere to be kept */
const PRUNE = 0.02;

/** The TypeScript data module shared/extract/model/calibration.ts for a fitted map. */
export function calibrationModule(map: CalibrationMap, about: { cases: number; answers: number; folds: number }): string {
  const rows = Object.keys(map)
    .sort()
    .map((key) => `  ${JSON.stringify(key)}: { x: [${map[key].x.join(', ')}], y: [${map[key].y.join(', ')}] },`)
    .join('\n');
  return `/**
 * The confidence calibration (calibration-map.ts): per field and decision group, raw confidence → probability right,
 * fitted on ${about.answers} cross-validated answers (${about.folds} folds by site) of ${about.cases} labelled pages.
 * Generated by \`npm run train\` (scripts/train/calibration.ts) — do not edit by hand.
 */
import type { CalibrationMap } from './calibration-map.ts';

export const calibrationMap: CalibrationMap = {
${rows}
};
`;
}
