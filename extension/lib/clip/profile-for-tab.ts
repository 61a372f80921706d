/**
 * The clip's site profile (issue 10, item 2): the team's profile of the tab's host is handed to the content script
 * before it runs — set in the extension's isolated world of that tab, where the page's own scripts cannot read it —
 * and taken (and removed) by the content script as it extracts.
 */
import { browser } from '#imports';
import * as v from 'valibot';
import { profileHost, SiteProfileSchema, type SiteProfile } from '../../../shared/extract/profile/schema.ts';
import { siteProfiles } from '../store/profiles.ts';

/** The global the profile travels in, in the content script's isolated world only. */
export const PROFILE_GLOBAL = '__callwatchSiteProfile';

/**
 * Sets the profile of the tab's host for the next clip in that tab. Without a profile nothing is injected: the content
 * script takes (and deletes) what it was handed, so no earlier clip's profile is left behind. Never fails the clip.
 */
export async function handProfile(tabId: number, url: string | undefined): Promise<void> {
  try {
    const host = url ? profileHost(url) : null;
    const profile = host ? ((await siteProfiles.getValue()).byHost[host] ?? null) : null;
    if (!profile) return;
    await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, value: unknown) => {
        (globalThis as Record<string, unknown>)[name] = value;
      },
      args: [PROFILE_GLOBAL, profile],
    });
  } catch {
    // no profile: the clip runs the general pipeline
  }
}

/** In the content script: the profile handed over for this clip (validated), removed so no later clip reuses it. */
export function takeProfile(): SiteProfile | null {
  const scope = globalThis as Record<string, unknown>;
  const value = scope[PROFILE_GLOBAL];
  delete scope[PROFILE_GLOBAL];
  return v.is(SiteProfileSchema, value) ? value : null;
}
