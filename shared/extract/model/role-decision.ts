/**
 * How the learned role decision and the cue cascade combine (stacking): the model sees the cascade's role among its
 * features and overrules it only when it is sure enough — how sure depends on the change. Giving a date the cascade
 * left without a role a role of its own makes an item where the cascade made none (a teaser's date, a programme point,
 * a newsletter's section read as an event: most false items of the learned roles), so it needs more certainty than
 * demoting or swapping a role the cascade's cues gave; and the model never makes such a date an event: the stages after
 * the roles (a programme's range, events told one per sentence, sessions, a listing's date line) read those dates as
 * loose event dates with guards of their own, which a date already called an event bypasses ("Opening plenary, 12
 * June, 14:00" under "12–14 June 2026" would become the event's start). The thresholds were chosen by
 * cross-validation by site over the labelled corpus (npm run eval; docs/extraction-roles.md): below them the
 * cascade's decision — role, kind and label — stands. A model may carry thresholds of its own (`thresholds`, chosen by
 * its trainer on its training mentions' out-of-fold answers, scripts/train/role-thresholds.ts); a change it names is
 * decided at its threshold, any other at the constants below.
 */
import type { DateRole } from '../cues/types.ts';
import type { DateRoleClass } from './date-role.ts';
import type { Prediction } from './logistic.ts';

/** A change of role, the cascade's class → the model's. */
export type RoleChange = `${DateRoleClass}>${DateRoleClass}`;

/** Thresholds of single changes (Infinity: never). */
export type OverruleThresholds = Readonly<Partial<Record<RoleChange, number>>>;

/** The model's probability at or above which it overrules the cascade, unless the change has its own (OVERRULE_FOR). */
export const OVERRULE_AT = 0.6;

/**
 * The thresholds of single changes, cascade → model: a date the cascade left "other" (unknown, or a named role such as
 * publication) becomes a deadline at 0.7 and never an event (cross-validated, 0.95 instead of never gains 0.003 in
 * fields and breaks programme ranges and events told in prose); a cascade event becomes "other" at 0.8 (events a page
 * announces in its prose — an information session inside a call — are often not labelled as items, which teaches the
 * model to demote them too readily).
 */
export const OVERRULE_FOR: OverruleThresholds = {
  'other>event': Infinity,
  'other>deadline': 0.7,
  'event>other': 0.8,
};

/** The cascade's role as one of the model's classes. */
export function cascadeClass(role: DateRole | 'unknown'): DateRoleClass {
  return role === 'deadline' || role === 'event' ? role : 'other';
}

/** The threshold of one change: the model's own if it carries one, else the constants'. */
export function overruleAt(change: RoleChange, own?: OverruleThresholds): number {
  return own?.[change] ?? OVERRULE_FOR[change] ?? OVERRULE_AT;
}

/** Whether the model's prediction replaces the cascade's decision (`own`: the thresholds the model carries). */
export function overrules(p: Prediction<DateRoleClass>, cascade: DateRoleClass, own?: OverruleThresholds): boolean {
  return p.label !== cascade && p.probability >= overruleAt(`${cascade}>${p.label}`, own);
}
