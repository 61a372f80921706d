/**
 * Teams and members: creating them hands out a token once; revoking a member ends its tokens. The functions taking an
 * actor are the members API's (admins manage members: checked here); the others serve the CLI and the first start.
 */
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { conflict, notFound } from '../errors.ts';
import { insertMember, listMembers, revokeMember, setMemberRole, type MemberRow } from './repository.ts';
import type { Database } from '../store/schema.ts';
import { countTeams, insertTeam, lockFirstTeam, lockTeam } from '../store/teams.ts';
import { insertToken } from './tokens-repository.ts';
import { requireAdmin } from '../services/auth.ts';
import { isoNow, type Actor, type Role, type ServiceDeps } from '../services/context.ts';
import { hashToken, newToken } from '../services/credentials.ts';

export interface MemberView {
  id: string;
  name: string;
  role: Role;
}

export interface NewMember {
  member: MemberView;
  token: string;
}

/** The API/CLI view of a member row. */
export function memberView(row: Pick<MemberRow, 'id' | 'name' | 'role'>): MemberView {
  return { id: row.id, name: row.name, role: row.role as Role };
}

async function addMemberIn(db: Kysely<Database>, teamId: string, name: string, role: Role, at: string): Promise<NewMember> {
  const id = uuidv7();
  await insertMember(db, { id, team_id: teamId, name, role, created_at: at, revoked_at: null });
  const token = newToken();
  await insertToken(db, { id: uuidv7(), teamId, memberId: id, hash: hashToken(token), createdAt: at });
  return { member: { id, name, role }, token };
}

/** Creates a team with its first admin; the admin's token is returned once. */
export async function createTeam(
  db: Kysely<Database>,
  input: { name: string; adminName: string; at: string },
): Promise<{ team: { id: string; name: string } } & NewMember> {
  return db.transaction().execute((trx) => createTeamIn(trx, input));
}

async function createTeamIn(trx: Kysely<Database>, input: { name: string; adminName: string; at: string }) {
  const team = { id: uuidv7(), name: input.name };
  await insertTeam(trx, { ...team, createdAt: input.at });
  const admin = await addMemberIn(trx, team.id, input.adminName, 'admin', input.at);
  return { team, ...admin };
}

/** Creates a team with its admin only if the database has none yet (first start); null when one exists. */
export async function createFirstTeam(
  db: Kysely<Database>,
  input: { name: string; adminName: string; at: string },
): Promise<({ team: { id: string; name: string } } & NewMember) | null> {
  return db.transaction().execute(async (trx) => {
    await lockFirstTeam(trx);
    if ((await countTeams(trx)) > 0) return null;
    return createTeamIn(trx, input);
  });
}

/** Adds a member with a role to a team; its token is returned once. */
export async function addMember(db: Kysely<Database>, teamId: string, input: { name: string; role: Role; at: string }): Promise<NewMember> {
  return db.transaction().execute((trx) => addMemberIn(trx, teamId, input.name, input.role, input.at));
}

/** The team's current members. */
export async function teamMembers(db: Kysely<Database>, teamId: string): Promise<MemberView[]> {
  return (await listMembers(db, teamId)).map(memberView);
}

/** The member of the team about to lose admin rights — refused when it is the last admin (the team would be unmanageable). */
async function lockedTarget(trx: Kysely<Database>, teamId: string, memberId: string, losesAdmin: boolean, refusal: string): Promise<MemberRow> {
  await lockTeam(trx, teamId);
  const members = await listMembers(trx, teamId);
  const target = members.find((m) => m.id === memberId);
  if (!target) throw notFound('no such member');
  if (target.role === 'admin' && losesAdmin && members.filter((m) => m.role === 'admin').length === 1) throw conflict(refusal);
  return target;
}

/** Revokes a member and its tokens; the last admin cannot be removed. */
export async function removeMember(db: Kysely<Database>, teamId: string, memberId: string, at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockedTarget(trx, teamId, memberId, true, 'the last admin of a team cannot be removed');
    await revokeMember(trx, teamId, memberId, at);
  });
}

/** Changes a member's role; the last admin keeps the admin role. */
export async function changeRole(db: Kysely<Database>, teamId: string, memberId: string, role: Role): Promise<MemberView> {
  return db.transaction().execute(async (trx) => {
    const target = await lockedTarget(trx, teamId, memberId, role !== 'admin', 'the last admin of a team must stay admin');
    await setMemberRole(trx, teamId, memberId, role);
    return memberView({ ...target, role });
  });
}

const ADMINS_ONLY = 'only an admin may manage members';
type Deps = Pick<ServiceDeps, 'db' | 'now'>;

/** The caller's team's current members. */
export async function listTeamMembers(deps: Pick<Deps, 'db'>, actor: Actor): Promise<MemberView[]> {
  return teamMembers(deps.db, actor.team.id);
}

/** Adds a member to the caller's team (admin); its token is returned once. */
export async function addTeamMember(deps: Deps, actor: Actor, input: { name: string; role: Role }): Promise<NewMember> {
  requireAdmin(actor, ADMINS_ONLY);
  return addMember(deps.db, actor.team.id, { ...input, at: isoNow(deps) });
}

/** Changes the role of a member of the caller's team (admin); the last admin keeps the admin role. */
export async function changeTeamMemberRole(deps: Pick<Deps, 'db'>, actor: Actor, memberId: string, role: Role): Promise<MemberView> {
  requireAdmin(actor, ADMINS_ONLY);
  return changeRole(deps.db, actor.team.id, memberId, role);
}

/** Revokes a member of the caller's team and its tokens (admin); the last admin cannot be removed. */
export async function revokeTeamMember(deps: Deps, actor: Actor, memberId: string): Promise<void> {
  requireAdmin(actor, ADMINS_ONLY);
  await removeMember(deps.db, actor.team.id, memberId, isoNow(deps));
}
