/**
 * `assignee` names a current member of the item's team (issue 15, item 7): anything else — another team's member, a
 * revoked one, a made-up id — is refused (400 through REST, a `rejected` op through push and import), so an item
 * never points at someone the team cannot see.
 */
import type { Kysely } from 'kysely';
import type { OpSet } from '../../shared/sync/op.ts';
import { invalid, type FieldIssue } from '../errors.ts';
import { findMember } from '../members/repository.ts';
import type { Database } from '../store/schema.ts';

export const ASSIGNEE_NOT_MEMBER: FieldIssue = { field: 'assignee', message: 'must be a member of the team' };

/** The reason when `set` assigns someone who is not a current member of the team, else null. */
export async function assigneeError(db: Kysely<Database>, teamId: string, set: Pick<OpSet, 'assignee'>): Promise<FieldIssue | null> {
  if (typeof set.assignee !== 'string') return null; // unset or null: nobody is assigned
  return (await findMember(db, teamId, set.assignee)) ? null : ASSIGNEE_NOT_MEMBER;
}

/** Throws the 400 envelope naming the field when `set` assigns a non-member. */
export async function requireAssigneeMember(db: Kysely<Database>, teamId: string, set: Pick<OpSet, 'assignee'>): Promise<void> {
  if (await assigneeError(db, teamId, set)) throw invalid('invalid body: assignee', [ASSIGNEE_NOT_MEMBER]);
}
