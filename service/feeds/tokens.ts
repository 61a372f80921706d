/**
 * Calendar-feed tokens (DESIGN.md: `cwf_` + 43 base64url characters, separate from API tokens): one per member,
 * made on first request, rotated by deleting it. Looked up by SHA-256; the token itself is kept as well, because
 * GET /api/v1/feeds/ics must show the same address every time (a calendar subscription cannot follow a new one).
 * It grants read access to the feed only.
 */
import type { Kysely } from 'kysely';
import { alertsDb } from '../alerts/tables.ts';
import { hashToken, looksLikeToken, newToken } from '../services/credentials.ts';
import type { Database } from '../store/schema.ts';

const FEED_PREFIX = 'cwf_';

/** A feed token's address: under CALLWATCH_PUBLIC_URL when set, else under the origin the request came to. */
export function feedUrl(token: string, publicUrl: string | undefined, requestUrl: string): string {
  return `${(publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '')}/ics/${token}.ics`;
}

/** The member's feed token, made now if there is none. */
export async function memberFeedToken(db: Kysely<Database>, member: { teamId: string; memberId: string }, at: string): Promise<string> {
  const adb = alertsDb(db);
  const token = newToken(FEED_PREFIX);
  await adb
    .insertInto('feed_tokens')
    .values({ member_id: member.memberId, team_id: member.teamId, hash: hashToken(token), token, created_at: at })
    .onConflict((oc) => oc.column('member_id').doNothing())
    .execute();
  const row = await adb.selectFrom('feed_tokens').select('token').where('member_id', '=', member.memberId).executeTakeFirstOrThrow();
  return row.token;
}

/** Forgets the member's feed token: the old address stops working, the next GET makes a new one. */
export async function rotateFeedToken(db: Kysely<Database>, memberId: string): Promise<void> {
  await alertsDb(db).deleteFrom('feed_tokens').where('member_id', '=', memberId).execute();
}

/** The team and member a feed token belongs to (a current member only), or undefined. */
export async function feedTokenOwner(db: Kysely<Database>, token: string): Promise<{ teamId: string; memberId: string } | undefined> {
  if (!looksLikeToken(token, FEED_PREFIX)) return undefined;
  const row = await alertsDb(db)
    .selectFrom('feed_tokens')
    .innerJoin('members', 'members.id', 'feed_tokens.member_id')
    .select(['feed_tokens.team_id', 'feed_tokens.member_id'])
    .where('feed_tokens.hash', '=', hashToken(token))
    .where('members.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { teamId: row.team_id, memberId: row.member_id } : undefined;
}
