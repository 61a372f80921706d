/**
 * Corrections kept per team (issue 10, item 1): a member's clip, saved with changed fields, arrives with its page; the
 * service keeps it unless the team turned that off. Business rules only — the route validates the body's shape.
 */
import { v7 as uuidv7 } from 'uuid';
import type { TeamSettings } from '../../shared/api/team-settings.ts';
import { correctedFields, isCorrection, MAX_CORRECTION_PAGE_BYTES, type Correction } from '../../shared/corrections.ts';
import { invalid, notFound, ServiceError } from '../errors.ts';
import { requireAdmin, requireWriter } from '../services/auth.ts';
import { isoNow, type Actor, type ServiceDeps } from '../services/context.ts';
import { findCorrection, insertCorrection, keepsCorrections, listCorrections, setKeepCorrections } from './repository.ts';
import { learnFromCorrection } from '../profiles/service.ts';

/** corrections listed at most per request */
export const CORRECTIONS_LIST_LIMIT = 200;

export type { TeamSettings };

/** Keeps a correction: 201 `{ id, stored: true }`, or `{ id: null, stored: false }` when the team does not keep them. */
export async function submitCorrection(deps: Pick<ServiceDeps, 'db' | 'now' | 'notifier'>, actor: Actor, correction: Correction): Promise<{ id: string | null; stored: boolean }> {
  requireWriter(actor, 'a viewer sends no corrections');
  const bytes = Buffer.byteLength(correction.html, 'utf8');
  if (bytes > MAX_CORRECTION_PAGE_BYTES) throw new ServiceError(413, 'payload_too_large', `the page is ${(bytes / 1048576).toFixed(1)} MB; at most 2 MB are kept`, { fields: [{ field: 'html', message: 'larger than 2 MB' }] });
  const bad = correction.saved.findIndex((s) => s.from !== null && s.from >= correction.draft.length);
  if (bad >= 0) throw invalid('invalid body: saved', [{ field: `saved.${bad}.from`, message: 'names no item of the draft' }]);
  if (!isCorrection(correction)) throw invalid('nothing was corrected: the saved items are the draft as offered', [{ field: 'saved', message: 'equal to the draft' }]);
  if (!(await keepsCorrections(deps.db, actor.team.id))) return { id: null, stored: false };
  const id = uuidv7();
  await insertCorrection(deps.db, {
    id,
    team_id: actor.team.id,
    member_id: actor.member.id,
    url: correction.url,
    clipped_at: correction.clippedAt,
    received_at: isoNow(deps),
    html: correction.html,
    draft: JSON.stringify(correction.draft),
    saved: JSON.stringify(correction.saved),
  });
  // the host's site profile learns from it (issue 10, item 2); never fails the correction
  await learnFromCorrection(deps, actor, correction);
  return { id, stored: true };
}

/** The team's corrections without their pages, newest first (admins: they decide what the team keeps). */
export async function teamCorrectionList(deps: Pick<ServiceDeps, 'db'>, actor: Actor) {
  requireAdmin(actor, 'only an admin may read the team’s corrections');
  const rows = await listCorrections(deps.db, actor.team.id, CORRECTIONS_LIST_LIMIT);
  return {
    corrections: rows.map((r) => {
      const { changed, added, removed } = correctedFields({ draft: JSON.parse(r.draft), saved: JSON.parse(r.saved) });
      return { id: r.id, memberId: r.member_id, url: r.url, clippedAt: r.clipped_at, receivedAt: r.received_at, changed, added, removed };
    }),
  };
}

/** One correction with its page; 404 for an unknown id and another team's alike. */
export async function teamCorrection(deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string) {
  requireAdmin(actor, 'only an admin may read the team’s corrections');
  const row = await findCorrection(deps.db, actor.team.id, id);
  if (!row) throw notFound('no such correction');
  return { id: row.id, memberId: row.member_id, url: row.url, clippedAt: row.clipped_at, receivedAt: row.received_at, html: row.html, draft: JSON.parse(row.draft) as unknown[], saved: JSON.parse(row.saved) as unknown[] };
}

/** The team's settings (every member reads them: the extension asks before it sends a correction). */
export async function teamSettings(deps: Pick<ServiceDeps, 'db'>, actor: Actor): Promise<TeamSettings> {
  return { keepCorrections: await keepsCorrections(deps.db, actor.team.id) };
}

/** Changes the team's settings (admin). */
export async function changeTeamSettings(deps: Pick<ServiceDeps, 'db'>, actor: Actor, next: TeamSettings): Promise<TeamSettings> {
  requireAdmin(actor, 'only an admin may change the team’s settings');
  await setKeepCorrections(deps.db, actor.team.id, next.keepCorrections);
  return teamSettings(deps, actor);
}
