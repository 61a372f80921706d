/**
 * The clip's site profile (issue 10, item 2): the team's profile of the tab's host, applied by the extraction in the
 * extension (page-extract.ts). It never enters the page.
 */
import * as v from 'valibot';
import { profileHost, SiteProfileSchema, type SiteProfile } from '../../../shared/extract/profile/schema.ts';
import { siteProfiles } from '../store/profiles.ts';

/** The team's profile of the host of `url` (validated), or null. Never fails the clip. */
export async function profileFor(url: string | undefined): Promise<SiteProfile | null> {
  try {
    const host = url ? profileHost(url) : null;
    const profile = host ? ((await siteProfiles.getValue()).byHost[host] ?? null) : null;
    return v.is(SiteProfileSchema, profile) ? profile : null;
  } catch {
    // no profile: the clip runs the general pipeline
    return null;
  }
}
