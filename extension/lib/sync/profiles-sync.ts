/**
 * Keeps the local copy of the team's site profiles current (GET /api/v1/profiles?since=): each one validated as it
 * arrives, a deleted one (profile null) dropped. Runs at the end of every sync round, after the pull.
 */
import * as v from 'valibot';
import { SiteProfileSchema } from '../../../shared/extract/profile/schema.ts';
import type { ServiceClient } from '../api.ts';
import { siteProfiles } from '../store/profiles.ts';

/** pages of profiles fetched per round at most */
const MAX_PAGES = 10;

/** Fetches the profiles changed since the local cursor; returns how many changed. Throws what the client throws. */
export async function syncProfiles(api: Pick<ServiceClient, 'profiles'>): Promise<number> {
  if (!api.profiles) return 0;
  let changed = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const held = await siteProfiles.getValue();
    const answer = await api.profiles(held.cursor);
    const byHost = { ...held.byHost };
    for (const entry of answer.profiles) {
      const parsed = v.safeParse(SiteProfileSchema, entry.profile);
      if (parsed.success && parsed.output.host === entry.host) byHost[entry.host] = parsed.output;
      else delete byHost[entry.host];
      changed += 1;
    }
    await siteProfiles.setValue({ cursor: Math.max(held.cursor, answer.cursor), byHost });
    if (!answer.more) break;
  }
  return changed;
}
