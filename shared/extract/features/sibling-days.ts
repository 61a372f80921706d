/**
 * Whether the siblings of a candidate unit each name a day of their own: an overview of several funds, a programme's
 * sessions or a newsletter's stories gives every entry its own date, while the parts of one item's page (its "Fristen",
 * "How to apply", a teaser beside the text) repeat the days the item already has. For one group of candidates (a list's
 * entries, a table's rows, a parent's sections, a section's parts) and each member's days (the dates that could make it
 * an item): how many distinct days the group holds, and whether this member holds a day no other member does. A feature
 * of the learned segmentation (features/units.ts), not a rule. Linear: one pass to count each day's members, one to read.
 */
import { bucketed } from './bucket.ts';

const SIB_DAYS = bucketed('sib-days:', [1, 2, 3, 5]);

/** The features of each member, in the group's order. */
export function siblingDays(days: ReadonlyArray<ReadonlySet<string>>): string[][] {
  const holders = new Map<string, number>();
  for (const own of days) for (const d of own) holders.set(d, (holders.get(d) ?? 0) + 1);
  const distinct = SIB_DAYS(holders.size);
  return days.map((own) => {
    if (!own.size) return [distinct, 'sib-own-day:none'];
    const alone = [...own].some((d) => holders.get(d) === 1);
    return [distinct, alone ? 'sib-own-day:yes' : 'sib-own-day:shared'];
  });
}
