/**
 * A source run's extractor with the team's site profiles (issue 10, item 3): each page goes to the extraction pool
 * with the profile of its host, looked up once per host and run, and a profile applied is noted as used.
 */
import { profileHost, type SiteProfile } from '../../shared/extract/profile/schema.ts';
import type { ExtractPage } from '../scrape/extractor.ts';
import type { ServiceDeps } from '../services/context.ts';
import { profileFor, profileUsed } from './service.ts';

/** `extract` with the profile of each page's host added (none for a PDF: its pages are not the host's template). */
export function withProfiles(deps: Pick<ServiceDeps, 'db' | 'now'>, teamId: string, extract: ExtractPage): ExtractPage {
  const byHost = new Map<string, Promise<SiteProfile | null>>();
  const used = new Set<string>();
  return async (page) => {
    const host = profileHost(page.url);
    if (!host || page.pdf) return extract(page);
    let lookup = byHost.get(host);
    if (!lookup) {
      lookup = profileFor(deps, teamId, page.url).catch(() => null);
      byHost.set(host, lookup);
    }
    const profile = await lookup;
    if (!profile) return extract(page);
    const result = await extract({ ...page, profile });
    const applied = result.items.some((item) => typeof item === 'object' && item !== null && 'learned' in item);
    if (applied && !used.has(host)) {
      used.add(host);
      await profileUsed(deps, teamId, host).catch(() => {});
    }
    return result;
  };
}
