/**
 * Row types of the sources tables (migration 2026-11-22-0100-sources), kept apart from the domain types and from the
 * sync core's `Database`: repositories here see both through {@link sourcesDb}.
 */
import type { Kysely } from 'kysely';
import { withFeatureTables, type Database } from '../store/schema.ts';

export interface SourcesTable {
  id: string;
  team_id: string;
  name: string;
  url: string;
  kind: string;
  item_selector: string | null;
  link_selector: string | null;
  every: string;
  preset: string | null;
  enabled: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  next_run_at: string;
  lease_until: string | null;
  lease_owner: string | null;
  failures: number;
  /** JSON of the last run (LastRun), null before the first */
  last_run: string | null;
}

export interface SourceRunsTable {
  id: string;
  source_id: string;
  team_id: string;
  /** schedule | manual | cli */
  trigger: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  status: string;
  http_status: number | null;
  found: number;
  added: number;
  changed: number;
  error_code: string | null;
  error: string | null;
}

export interface SourcePagesTable {
  source_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  status: number;
  fetched_at: string;
}

export interface SourceFindsTable {
  source_id: string;
  key: string;
  item_id: string;
  page_url: string;
  /** JSON of the Found as last seen */
  snapshot: string;
  seen_at: string;
}

export interface ItemChecksTable {
  item_id: string;
  team_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  snapshot: string | null;
  checked_at: string | null;
  next_check_at: string;
  lease_until: string | null;
  failures: number;
  http_status: number | null;
  error: string | null;
}

export interface DeadlineChangeEventsTable {
  key: string;
  team_id: string;
  item_id: string;
  source_id: string | null;
  /** JSON of the DeadlineChange (shared/alerts/changes.ts) plus the item's title and url */
  payload: string;
  created_at: string;
}

// a type alias, not an interface: withFeatureTables() wants an index-compatible record
export type SourcesTables = {
  sources: SourcesTable;
  source_runs: SourceRunsTable;
  source_pages: SourcePagesTable;
  source_finds: SourceFindsTable;
  item_checks: ItemChecksTable;
  deadline_change_events: DeadlineChangeEventsTable;
};

export type SourcesDatabase = Database & SourcesTables;

/** The store seen with the sources tables too. */
export function sourcesDb(db: Kysely<Database>): Kysely<SourcesDatabase> {
  return withFeatureTables<SourcesTables>(db);
}
