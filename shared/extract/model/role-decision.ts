/**
 * How the learned role decision and the cue cascade combine (stacking): the model sees the cascade's role among its
 * features and overrules it only when it is sure enough. The threshold was chosen by cross-validation by site over the
 * labelled corpus (npm run eval -- --fit roles; 0.5–0.7 compared, docs/extraction-roles.md): below it, the cascade's
 * decision — role, kind and label — stands.
 */
import type { DateRole } from '../cues/types.ts';
import type { DateRoleClass } from './date-role.ts';
import type { Prediction } from './logistic.ts';

/** The model's probability at or above which it overrules the cascade. */
export const OVERRULE_AT = 0.6;

/** The cascade's role as one of the model's classes. */
export function cascadeClass(role: DateRole | 'unknown'): DateRoleClass {
  return role === 'deadline' || role === 'event' ? role : 'other';
}

/** Whether the model's prediction replaces the cascade's decision. */
export function overrules(p: Prediction<DateRoleClass>, cascade: DateRoleClass): boolean {
  return p.label !== cascade && p.probability >= OVERRULE_AT;
}
