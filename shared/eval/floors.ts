/**
 * The regression gate: pinned floors for the cross-validated figures, per batch folder and pooled over the batches
 * that have a floor. Floors only move up: `raiseFloors` pins a batch without a floor at its current figures (its first
 * run, when run before any change), raises the others to today's figures rounded down and never lowers one. The pooled
 * floor covers a fixed list of batches; when a batch joins it, the pooled floor is pinned again over the new list.
 *
 * A batch's floor sits BATCH_SLACK below its figure: a batch of about 24 pages moves by that much when one learned
 * title flips (the title model is fitted again inside every fold, so a change anywhere in the corpus can flip a title
 * on a page it never touched). The pooled floors, over hundreds of pages, sit at the figure itself.
 */
import * as v from 'valibot';
import { figuresOf, gatedFigures } from './figures.ts';
import type { CrossValidation } from './cross-validate.ts';

const FigureFloors = v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

export const FloorsSchema = v.object({
  note: v.optional(v.string()),
  pooled: v.object({ batches: v.array(v.string()), floors: FigureFloors }),
  batches: v.record(v.string(), FigureFloors),
});
export type Floors = v.InferOutput<typeof FloorsSchema>;

/** Figures are pinned to two decimals, rounded down (the epsilon keeps 0.95 from becoming 0.94 by binary rounding). */
export const roundDown = (x: number) => Math.floor(x * 100 + 1e-9) / 100;

/** How far below its figure a batch's floor is pinned: about one labelled item of a batch of 24 pages. */
export const BATCH_SLACK = 0.03;

const pinned = (figures: Record<string, number>, slack = 0) =>
  Object.fromEntries(Object.entries(figures).map(([k, x]) => [k, Math.max(0, Math.round((roundDown(x) - slack) * 100) / 100)]));

/** The cross-validated figures over the given batches. */
function pooledOver(cv: CrossValidation, batches: readonly string[]): Record<string, number> {
  const wanted = new Set(batches);
  return gatedFigures(figuresOf(cv.cases.filter((c) => wanted.has(c.batch)).map((c) => c.score)));
}

export interface GateResult {
  /** "extra: fields 0.91 < floor 0.93" */
  failures: string[];
  /** batch folders without a floor: reported, not judged */
  unfloored: string[];
}

/** Every pinned figure against the cross-validated figures of today. */
export function checkFloors(floors: Floors, cv: CrossValidation): GateResult {
  const failures: string[] = [];
  const below = (scope: string, now: Record<string, number>, floor: Record<string, number>) => {
    for (const [name, min] of Object.entries(floor)) {
      const value = now[name];
      if (value === undefined) failures.push(`${scope}: ${name} is no longer measured (floor ${min})`);
      else if (value < min - 1e-9) failures.push(`${scope}: ${name} ${value.toFixed(3)} < floor ${min}`);
    }
  };
  const present = new Set(cv.cases.map((c) => c.batch));
  for (const [batch, floor] of Object.entries(floors.batches)) {
    if (!present.has(batch)) failures.push(`${batch}: the batch has a floor but no pages`);
    else below(batch, gatedFigures(cv.byBatch[batch]), floor);
  }
  below(`pooled (${floors.pooled.batches.join(', ')})`, pooledOver(cv, floors.pooled.batches), floors.pooled.floors);
  return { failures, unfloored: [...present].filter((b) => !(b in floors.batches)).sort() };
}

/** Floors for today's figures: new batches pinned, the others raised where they improved, none lowered. */
export function raiseFloors(floors: Floors, cv: CrossValidation): Floors {
  const raise = (old: Record<string, number> | undefined, now: Record<string, number>, slack = 0) =>
    Object.fromEntries(Object.entries(pinned(now, slack)).map(([k, x]) => [k, Math.max(x, old?.[k] ?? 0)]));
  const batches = Object.fromEntries(Object.keys(cv.byBatch).map((b) => [b, raise(floors.batches[b], gatedFigures(cv.byBatch[b]), BATCH_SLACK)]));
  const list = Object.keys(batches).sort();
  const sameList = list.join('\n') === [...floors.pooled.batches].sort().join('\n');
  const now = pooledOver(cv, list);
  return { ...floors, pooled: { batches: list, floors: sameList ? raise(floors.pooled.floors, now) : pinned(now) }, batches };
}
