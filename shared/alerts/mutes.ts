/**
 * Muting is per member (DESIGN.md "Data model": status is team-wide, muting an item's alerts is per member): a
 * muted item still alerts the team's shared channels (webhooks, the feed) but not that member's own ones
 * (extension, Web Push, e-mail, their digest).
 */

/** Member id → ids of the items that member muted. */
export type Mutes = ReadonlyMap<string, ReadonlySet<string>>;

/** True when the member muted the item. */
export function isMuted(mutes: Mutes, memberId: string, itemId: string): boolean {
  return mutes.get(memberId)?.has(itemId) ?? false;
}

/** The alerts (or digest entries) a member still gets. */
export function forMember<T extends { itemId: string }>(alerts: readonly T[], memberId: string, mutes: Mutes): T[] {
  const muted = mutes.get(memberId);
  return muted && muted.size > 0 ? alerts.filter((a) => !muted.has(a.itemId)) : [...alerts];
}
