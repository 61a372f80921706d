/**
 * The thresholds at which the role model overrules the cue cascade (shared/extract/model/role-decision.ts), chosen by
 * data inside training: each training mention's answer is read out of fold (the model fitted without its site's inner
 * fold, scripts/train/date-role.ts), and for every change of role (the cascade's class → the model's) that the model
 * proposes often enough, the lowest threshold of a small grid is chosen at which the mentions it would overrule are
 * right (their label is the model's) at least at one rate, the same for every change; a change proposed often but never
 * right often enough is never made (Infinity); a change proposed too rarely is left to the constants (absent). Pure
 * and deterministic.
 */
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { Prediction } from '../../shared/extract/model/logistic.ts';
import type { OverruleThresholds, RoleChange } from '../../shared/extract/model/role-decision.ts';

export interface ScoredMention {
  /** the cascade's role as one of the model's classes */
  cascade: DateRoleClass;
  /** the mention's label */
  truth: DateRoleClass;
  /** the model's answer, read out of fold */
  prediction: Prediction<DateRoleClass>;
}

export interface ThresholdOptions {
  /** the thresholds tried, lowest first */
  grid: readonly number[];
  /** the share of overruled mentions that must be right (the model's class is their label) */
  rate: number;
  /** a change gets a threshold of its own only if the model proposes it this often at the grid's lowest */
  minChanges: number;
  /** a threshold counts only if this many mentions are overruled at it */
  minSupport: number;
  /** changes the data does not choose: left to role-decision.ts's constants */
  kept: readonly RoleChange[];
}

export const THRESHOLD_DEFAULTS: ThresholdOptions = {
  grid: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
  rate: 0.65,
  minChanges: 20,
  minSupport: 10,
  kept: [],
};

/** The thresholds of the changes the model proposes often enough (Infinity: never), in a fixed order. */
export function chooseThresholds(scored: readonly ScoredMention[], options: Partial<ThresholdOptions> = {}): OverruleThresholds {
  const o = { ...THRESHOLD_DEFAULTS, ...options };
  const proposed = new Map<RoleChange, ScoredMention[]>();
  for (const s of scored) {
    if (s.prediction.label === s.cascade || s.prediction.probability < o.grid[0]) continue;
    const change: RoleChange = `${s.cascade}>${s.prediction.label}`;
    const list = proposed.get(change);
    if (list) list.push(s);
    else proposed.set(change, [s]);
  }
  const out: Partial<Record<RoleChange, number>> = {};
  for (const change of [...proposed.keys()].sort()) {
    const all = proposed.get(change)!;
    if (all.length < o.minChanges || o.kept.includes(change)) continue;
    out[change] = Infinity;
    for (const t of o.grid) {
      const over = all.filter((s) => s.prediction.probability >= t);
      if (over.length < o.minSupport) break;
      const right = over.filter((s) => s.truth === s.prediction.label).length;
      if (right >= o.rate * over.length) {
        out[change] = t;
        break;
      }
    }
  }
  return out;
}
