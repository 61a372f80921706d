/**
 * Every migration, by its date-prefixed name (applied in name order). Add a migration by adding a file and one
 * line here — a static list, so bundlers and tsx need no directory scan.
 */
import type { Migration } from 'kysely/migration';
import * as init from './2026-11-22-0001-init.ts';
import * as sources from './2026-11-22-0100-sources.ts';
import * as alerts from './2026-11-22-0200-alerts.ts';
import * as teamClock from './2026-11-22-0300-team-clock.ts';
import * as itemHistory from './2026-11-22-0400-item-history.ts';
import * as corrections from './2026-12-08-0100-corrections.ts';
import * as mailboxes from './2026-12-08-0200-mailboxes.ts';
import * as siteProfiles from './2026-12-08-0300-site-profiles.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-init': init,
  '2026-11-22-0100-sources': sources,
  '2026-11-22-0200-alerts': alerts,
  '2026-11-22-0300-team-clock': teamClock,
  '2026-11-22-0400-item-history': itemHistory,
  '2026-12-08-0100-corrections': corrections,
  '2026-12-08-0200-mailboxes': mailboxes,
  '2026-12-08-0300-site-profiles': siteProfiles,
};
