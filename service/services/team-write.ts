/**
 * One write transaction of a team: takes the team lock first, hands out revs from the team-wide sequence, stamps the
 * service's own changes with the team's clock, stores both, commits, and only then announces the new cursor — so every
 * acknowledged change is durable and every announced cursor is readable.
 */
import { notFound } from '../errors.ts';
import { lockTeam, setTeamState } from '../store/teams.ts';
import type { TeamWrite } from './apply.ts';
import { isoNow, type ServiceDeps } from './context.ts';
import { teamClock } from './team-clock.ts';

/** Runs `work` in a locked write transaction of the team; returns its result and the team's cursor after commit. */
export async function withTeamWrite<T>(
  deps: Pick<ServiceDeps, 'db' | 'now' | 'notifier'>,
  who: { teamId: string; memberId: string | null; origin?: string },
  work: (w: TeamWrite) => Promise<T>,
): Promise<{ result: T; cursor: number }> {
  let changed = false;
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const start = await lockTeam(trx, who.teamId);
    if (start === undefined) throw notFound('no such team');
    let rev = start.rev;
    const clock = teamClock(who.teamId, start.hlc, deps.now);
    const result = await work({
      trx,
      teamId: who.teamId,
      memberId: who.memberId,
      at: isoNow(deps),
      origin: who.origin ?? 'clip',
      nextRev: () => ++rev,
      stamp: clock.stamp,
      observe: clock.observe,
    });
    changed = rev !== start.rev;
    if (changed || clock.last !== start.hlc) await setTeamState(trx, who.teamId, { rev, hlc: clock.last });
    return { result, cursor: rev };
  });
  if (changed) {
    // after commit; a lost announcement only delays clients until their next pull, it must not fail the write
    await deps.notifier.publish(who.teamId, outcome.cursor).catch(() => {});
  }
  return outcome;
}
