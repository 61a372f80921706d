/** API tokens, stored only as SHA-256 hashes; a token is valid while it and its member are not revoked. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export interface TokenOwner {
  teamId: string;
  teamName: string;
  memberId: string;
  memberName: string;
  role: string;
}

/** Inserts a token hash for a member. */
export async function insertToken(
  db: Kysely<Database>,
  token: { id: string; teamId: string; memberId: string; hash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('tokens')
    .values({ id: token.id, team_id: token.teamId, member_id: token.memberId, hash: token.hash, created_at: token.createdAt, revoked_at: null })
    .execute();
}

/** The team and member a token hash belongs to, if the token and the member are current. */
export async function findTokenOwner(db: Kysely<Database>, hash: string): Promise<TokenOwner | undefined> {
  return db
    .selectFrom('tokens')
    .innerJoin('members', 'members.id', 'tokens.member_id')
    .innerJoin('teams', 'teams.id', 'tokens.team_id')
    .select([
      'teams.id as teamId',
      'teams.name as teamName',
      'members.id as memberId',
      'members.name as memberName',
      'members.role as role',
    ])
    .where('tokens.hash', '=', hash)
    .where('tokens.revoked_at', 'is', null)
    .where('members.revoked_at', 'is', null)
    .whereRef('members.team_id', '=', 'tokens.team_id')
    .executeTakeFirst();
}
