/**
 * The business rules behind the calendar-feed routes: a member's feed address and its rotation, and the team feed a
 * feed address opens. Routes call these (never the stores).
 */
import type { Logger } from 'pino';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { isoNow } from '../services/context.ts';
import { teamIcsFeed } from './team-feed.ts';
import { feedTokenOwner, feedUrl, memberFeedToken, rotateFeedToken } from './tokens.ts';

type Deps = Pick<ServiceDeps, 'db' | 'now'> & { alerts?: { publicUrl?: string } };

/** The caller's feed address (its token made on first request), under the public URL or the request's origin. */
export async function memberFeedUrl(deps: Deps, actor: Actor, requestUrl: string): Promise<string> {
  const token = await memberFeedToken(deps.db, { teamId: actor.team.id, memberId: actor.member.id }, isoNow(deps));
  return feedUrl(token, deps.alerts?.publicUrl, requestUrl);
}

/** Rotates the caller's feed token: the old address stops working. */
export async function rotateMemberFeed(deps: Pick<Deps, 'db'>, actor: Actor): Promise<void> {
  await rotateFeedToken(deps.db, actor.member.id);
}

/** The team calendar a feed token opens, or null for an unknown or rotated token (or a team without a feed). */
export async function teamFeedOfToken(deps: Deps & { logger: Logger }, token: string, requestUrl: string): Promise<string | null> {
  const owner = token ? await feedTokenOwner(deps.db, token) : undefined;
  if (!owner) return null;
  return teamIcsFeed(deps.db, owner.teamId, {
    feedUrl: feedUrl(token, deps.alerts?.publicUrl, requestUrl),
    // one item the feed cannot show never fails the feed: it is left out, and the log says which
    onSkip: ({ itemId, reason }) => deps.logger.warn({ teamId: owner.teamId, itemId }, `calendar feed: ${reason}`),
  });
}
