/**
 * How the learned role decision and the cue cascade combine (stacking): the model sees the cascade's role among its
 * features and overrules it only when it is sure enough — how sure depends on the change. Promoting a date the cascade
 * left without a role to an event or a deadline makes an item where the cascade made none (a teaser's date, a
 * programme point, a newsletter's section read as an event: the false items of the learned roles), so it needs more
 * certainty than demoting or swapping a role the cascade's cues gave. The thresholds were chosen by cross-validation by
 * site over the labelled corpus (npm run eval -- --fit both; docs/extraction-roles.md): below them the cascade's
 * decision — role, kind and label — stands.
 */
import type { DateRole } from '../cues/types.ts';
import type { DateRoleClass } from './date-role.ts';
import type { Prediction } from './logistic.ts';

/** The model's probability at or above which it overrules the cascade, unless the change has its own (OVERRULE_FOR). */
export const OVERRULE_AT = 0.6;

/**
 * The thresholds of single changes, cascade → model: a date the cascade left "other" (unknown, or a named role such as
 * publication) becomes an event only at 0.95 and a deadline at 0.7; a cascade event becomes "other" at 0.8 (events a
 * page announces in its prose — an information session inside a call — are often not labelled as items, which
 * teaches the model to demote them too readily).
 */
export const OVERRULE_FOR: Readonly<Partial<Record<`${DateRoleClass}>${DateRoleClass}`, number>>> = {
  'other>event': 0.95,
  'other>deadline': 0.7,
  'event>other': 0.8,
};

/** The cascade's role as one of the model's classes. */
export function cascadeClass(role: DateRole | 'unknown'): DateRoleClass {
  return role === 'deadline' || role === 'event' ? role : 'other';
}

/** Whether the model's prediction replaces the cascade's decision. */
export function overrules(p: Prediction<DateRoleClass>, cascade: DateRoleClass): boolean {
  return p.label !== cascade && p.probability >= (OVERRULE_FOR[`${cascade}>${p.label}`] ?? OVERRULE_AT);
}
