/**
 * Calibrated confidences: each field's raw confidence (hand-set by a rule or the learned title choice's share) mapped to
 * the probability that the field is right, by a monotone curve fitted on cross-validated answers (`npm run train`,
 * scripts/train/calibration.ts; the fitted curves live in calibration.ts). A curve is known per field and, where the
 * corpus has enough answers for it, per decision that produced the value (the item's kind; an empty or a filled value);
 * the most specific curve known is used. Pure and small: it runs in the content script.
 */
import type { ConfidenceField, Draft } from '../types.ts';

/** The fields whose confidence is calibrated (the scored fields that carry one). */
export const CALIBRATED_FIELDS = ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer'] as const satisfies readonly ConfidenceField[];
export type CalibratedField = (typeof CALIBRATED_FIELDS)[number];

/**
 * A monotone (non-decreasing) step curve: from each raw confidence `x[i]` (ascending) on, the probability `y[i]`;
 * below the first, `y[0]`.
 */
export interface Curve {
  x: number[];
  y: number[];
}

/** Curves by key: "field", "field|kind" or "field|kind|empty" / "field|kind|filled" (groupKeys). */
export type CalibrationMap = Record<string, Curve>;

/** The draft's value of a field is empty: no title text, no deadline, no date, no place, no organizer. */
function empty(draft: Pick<Draft, CalibratedField>, field: CalibratedField): boolean {
  const value = draft[field];
  return value == null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The keys a field's answer may be calibrated by, the most specific first. */
export function groupKeys(draft: Pick<Draft, CalibratedField>, field: CalibratedField): [string, string, string] {
  const byKind = `${field}|${draft.kind}`;
  return [`${byKind}|${empty(draft, field) ? 'empty' : 'filled'}`, byKind, field];
}

/** The curve's value at a raw confidence. */
export function applyCurve(curve: Curve, raw: number): number {
  let at = 0;
  while (at + 1 < curve.x.length && curve.x[at + 1] <= raw) at++;
  return curve.y.length ? curve.y[at] : raw;
}

/** The calibrated probability of an answer with these group keys (most specific first); the raw confidence when the map knows no curve for any. */
export function calibratedConfidence(map: CalibrationMap, keys: readonly string[], raw: number): number {
  const curve = keys.map((key) => map[key]).find((c) => c !== undefined);
  return curve ? applyCurve(curve, raw) : raw;
}

/** The draft with its calibrated fields' confidences mapped (a new object; the other fields are the same). */
export function calibrateDraft<D extends Draft>(map: CalibrationMap, draft: D): D {
  const confidence = { ...draft.confidence };
  for (const field of CALIBRATED_FIELDS) {
    const raw = confidence[field];
    if (typeof raw === 'number') confidence[field] = calibratedConfidence(map, groupKeys(draft, field), raw);
  }
  return { ...draft, confidence };
}
