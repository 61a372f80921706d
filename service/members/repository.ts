/** Members of a team (each with one role) — revoking a member also revokes its tokens. */
import type { Kysely } from 'kysely';
import type { Database, MembersTable } from '../store/schema.ts';

export type MemberRow = MembersTable;

/** Inserts a member. */
export async function insertMember(db: Kysely<Database>, member: MemberRow): Promise<void> {
  await db.insertInto('members').values(member).execute();
}

/** A current (not revoked) member of the team. */
export async function findMember(db: Kysely<Database>, teamId: string, memberId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('id', '=', memberId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** The team's current members, oldest first. */
export async function listMembers(db: Kysely<Database>, teamId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Revokes a member and every token it holds; false when there was no such current member. */
export async function revokeMember(db: Kysely<Database>, teamId: string, memberId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ revoked_at: at })
    .where('team_id', '=', teamId)
    .where('id', '=', memberId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.updateTable('tokens').set({ revoked_at: at }).where('member_id', '=', memberId).where('revoked_at', 'is', null).execute();
  return true;
}

/** Sets a current member's role; false when there is no such current member. */
export async function setMemberRole(db: Kysely<Database>, teamId: string, memberId: string, role: string): Promise<boolean> {
  const result = await db.updateTable('members').set({ role }).where('team_id', '=', teamId).where('id', '=', memberId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
