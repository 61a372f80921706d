/** The team's site profiles (issue 10, item 2), kept for the clip: per host, and the cursor they are current to. */
import type { SiteProfile } from '../../../shared/extract/profile/schema.ts';
import { lazyItem } from './lazy-item.ts';

export interface SiteProfiles {
  /** the rev up to which the service's profiles are held (GET /api/v1/profiles?since=) */
  cursor: number;
  byHost: Record<string, SiteProfile>;
}

export const siteProfiles = lazyItem<SiteProfiles>('local:siteProfiles', { fallback: { cursor: 0, byHost: {} }, version: 1, migrations: {} });
