/** Who is calling: a bearer token → its member and team, or nothing (DESIGN.md "HTTP API", Auth). */
import type { Kysely } from 'kysely';
import { forbidden } from '../errors.ts';
import type { Database } from '../store/schema.ts';
import { findTokenOwner } from '../members/tokens-repository.ts';
import type { Actor, Role } from './context.ts';
import { hashToken, looksLikeToken } from './credentials.ts';
import type { ReadCache } from './read-cache.ts';

/** The actor a token belongs to, or null for a malformed, unknown or revoked token (from `cache` while it holds). */
export async function authenticate(db: Kysely<Database>, token: string, cache?: ReadCache): Promise<Actor | null> {
  if (!looksLikeToken(token)) return null;
  const hash = hashToken(token);
  return cache ? cache.actor(hash, () => lookUp(db, hash)) : lookUp(db, hash);
}

async function lookUp(db: Kysely<Database>, hash: string): Promise<Actor | null> {
  const owner = await findTokenOwner(db, hash);
  if (!owner) return null;
  return {
    team: { id: owner.teamId, name: owner.teamName },
    member: { id: owner.memberId, name: owner.memberName, role: owner.role as Role },
  };
}

/** True when the role may change the team's items (viewers only read). */
function canWrite(role: Role): boolean {
  return role === 'admin' || role === 'member';
}

/** 403 with the message unless the caller's role may write (viewers only read). */
export function requireWriter(actor: Actor, message: string): void {
  if (!canWrite(actor.member.role)) throw forbidden(message);
}

/** 403 with the message unless the caller is an admin. */
export function requireAdmin(actor: Actor, message: string): void {
  if (actor.member.role !== 'admin') throw forbidden(message);
}
