/**
 * Site profiles per team and host (issue 10, item 2): learned when a correction arrives, read by every member's
 * extension (through `GET /api/v1/profiles?since=`, announced like any team change) and by the team's source runs,
 * deleted by admins. The learning itself is shared/extract/profile's; this keeps, versions and serves it.
 */
import * as v from 'valibot';
import type { Correction } from '../../shared/corrections.ts';
// the schema only: learning from a page runs in the extraction workers (service/extract/learn-profile.ts)
import { learnedFields, profileHost, SiteProfileSchema, type SiteProfile } from '../../shared/extract/profile/schema.ts';
import { extractionPool } from '../extract/pool.ts';
import { notFound } from '../errors.ts';
import { requireAdmin } from '../services/auth.ts';
import { isoNow, type Actor, type ServiceDeps } from '../services/context.ts';
import { withTeamWrite } from '../services/team-write.ts';
import { countProfiles, findProfileRow, profilesSince, saveProfileRow, touchProfile, type SiteProfilesTable } from './repository.ts';

/** hosts a team keeps profiles for; a correction on a further host teaches nothing */
export const MAX_PROFILES_PER_TEAM = 500;
/** profiles answered per request */
export const PROFILES_PAGE = 200;

export interface ProfileEntry {
  host: string;
  /** null once deleted: a copy drops the host's profile */
  profile: SiteProfile | null;
  fields: string[];
  corrections: number;
  updatedAt: string;
  lastUsedAt: string | null;
  rev: number;
}

/** A stored profile, validated again as it leaves storage; null for a tombstone or a row that no longer validates. */
function storedProfile(row: Pick<SiteProfilesTable, 'profile' | 'deleted'> | undefined): SiteProfile | null {
  if (!row || row.deleted || !row.profile) return null;
  const parsed = v.safeParse(SiteProfileSchema, JSON.parse(row.profile));
  return parsed.success ? parsed.output : null;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Learns from a correction just kept: derives the host's profile from the page in an extraction worker (outside the
 * team's write lock and off the event loop — the page may be 2 MB of hostile HTML), then stores it with the next rev if nobody changed the profile meanwhile (else derives again).
 * Never throws: a correction is kept whether or not it taught anything.
 */
export async function learnFromCorrection(deps: Pick<ServiceDeps, 'db' | 'now' | 'notifier'>, actor: Actor, correction: Correction): Promise<SiteProfile | null> {
  try {
    const host = profileHost(correction.url);
    if (!host) return null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await findProfileRow(deps.db, actor.team.id, host);
      const previous = storedProfile(row);
      if (!previous && (await countProfiles(deps.db, actor.team.id)) >= MAX_PROFILES_PER_TEAM) return null;
      const next = await extractionPool().learnProfile({ correction, previous });
      if (!next || sameJson(next, previous ?? { host })) return previous;
      const learned = learnedFields(next).length > 0;
      const { result } = await withTeamWrite(deps, { teamId: actor.team.id, memberId: actor.member.id }, async (w) => {
        const now = await findProfileRow(w.trx, actor.team.id, host);
        if ((now?.rev ?? null) !== (row?.rev ?? null)) return 'raced' as const;
        // nothing (left) to learn: a host without a profile stays without one, a profile emptied becomes a tombstone
        if (!learned && (!now || now.deleted)) return 'nothing' as const;
        await saveProfileRow(w.trx, {
          team_id: actor.team.id,
          host,
          profile: learned ? JSON.stringify(next) : null,
          corrections: learned ? (previous ? (now?.corrections ?? 0) : 0) + 1 : 0,
          updated_at: w.at,
          last_used_at: now && !now.deleted ? now.last_used_at : null,
          rev: w.nextRev(),
          deleted: learned ? 0 : 1,
        });
        return 'saved' as const;
      });
      if (result !== 'raced') return learned ? next : null;
    }
    return null;
  } catch (error) {
    console.warn(`site profile not learned: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function entry(row: SiteProfilesTable): ProfileEntry {
  const profile = storedProfile(row);
  return { host: row.host, profile, fields: profile ? learnedFields(profile) : [], corrections: Number(row.corrections), updatedAt: row.updated_at, lastUsedAt: row.last_used_at, rev: Number(row.rev) };
}

/** The team's profiles changed after `since`, tombstones included, in rev order (every member: the clip applies them). */
export async function teamProfiles(deps: Pick<ServiceDeps, 'db'>, actor: Actor, since: number): Promise<{ profiles: ProfileEntry[]; cursor: number; more: boolean }> {
  const rows = await profilesSince(deps.db, actor.team.id, since, PROFILES_PAGE + 1);
  const page = rows.slice(0, PROFILES_PAGE).map(entry);
  return { profiles: page, cursor: page.length ? page[page.length - 1].rev : since, more: rows.length > PROFILES_PAGE };
}

/** Deletes a host's profile (admin): a tombstone with the next rev, so every copy drops it; 404 for none. */
export async function deleteProfile(deps: Pick<ServiceDeps, 'db' | 'now' | 'notifier'>, actor: Actor, host: string): Promise<void> {
  requireAdmin(actor, 'only an admin may delete a site profile');
  await withTeamWrite(deps, { teamId: actor.team.id, memberId: actor.member.id }, async (w) => {
    const row = await findProfileRow(w.trx, actor.team.id, host);
    if (!row || row.deleted) throw notFound('no profile for this host');
    await saveProfileRow(w.trx, { ...row, profile: null, corrections: 0, deleted: 1, updated_at: w.at, rev: w.nextRev() });
  });
}

/** The team's profile for a page's host (a source run applies it); null when there is none. */
export async function profileFor(deps: Pick<ServiceDeps, 'db'>, teamId: string, url: string): Promise<SiteProfile | null> {
  const host = profileHost(url);
  return host ? storedProfile(await findProfileRow(deps.db, teamId, host)) : null;
}

/**
 * Notes that a member's clip applied the team's profile of a host (POST /api/v1/profiles/:host/used): last used, no new
 * rev (a use changes nothing a copy holds); 404 when the team has no profile for the host (deleted meanwhile).
 */
export async function noteClipUsedProfile(deps: Pick<ServiceDeps, 'db' | 'now'>, actor: Actor, host: string): Promise<void> {
  const row = await findProfileRow(deps.db, actor.team.id, host);
  if (!row || row.deleted) throw notFound('no profile for this host');
  await touchProfile(deps.db, actor.team.id, host, isoNow(deps));
}

/** Notes that a source run applied the team's profile of a host. */
export async function profileUsed(deps: Pick<ServiceDeps, 'db' | 'now'>, teamId: string, host: string): Promise<void> {
  await touchProfile(deps.db, teamId, host, isoNow(deps));
}
