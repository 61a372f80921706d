/**
 * Storage of sources and their runs, page validators and finds — plain functions over `db`/`trx`, one set of queries
 * for SQLite and PostgreSQL. Claiming due sources is the one place the dialects differ: PostgreSQL skips rows another
 * instance holds locked (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time anyway.
 */
import type { Kysely } from 'kysely';
import type { Found } from '../scrape/found.ts';
import type { KnownFind } from '../scrape/match.ts';
import type { FetchedRecord } from '../scrape/readers/types.ts';
import type { Validators } from '../scrape/polite-fetcher.ts';
import { nextBatch, type PurgeOptions } from '../retention/batch.ts';
import { dialect } from '../store/dialect.ts';
import type { Database } from '../store/schema.ts';
import type { LastRun, Source, SourceRun } from '../../shared/api/sources.ts';
import { sourcesDb, type SourceRunsTable, type SourcesTable } from './tables.ts';

export type SourceRow = SourcesTable;

/** The API's Source for a row. */
export function rowToSource(row: SourceRow): Source {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind as Source['kind'],
    ...(row.item_selector ? { itemSelector: row.item_selector } : {}),
    ...(row.link_selector ? { linkSelector: row.link_selector } : {}),
    every: row.every,
    preset: row.preset,
    enabled: Number(row.enabled) === 1,
    nextRunAt: row.next_run_at,
    failures: Number(row.failures),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastRun: row.last_run ? (JSON.parse(row.last_run) as LastRun) : null,
  };
}

/** The API's SourceRun for a row. */
export function rowToRun(row: SourceRunsTable): SourceRun {
  return {
    id: row.id,
    trigger: row.trigger,
    at: row.started_at,
    finishedAt: row.finished_at,
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    status: row.status as SourceRun['status'],
    httpStatus: row.http_status === null ? null : Number(row.http_status),
    found: Number(row.found),
    added: Number(row.added),
    changed: Number(row.changed),
    errorCode: row.error_code,
    error: row.error,
  };
}

export async function insertSource(db: Kysely<Database>, row: SourceRow): Promise<void> {
  await sourcesDb(db).insertInto('sources').values(row).execute();
}

export async function findSource(db: Kysely<Database>, id: string): Promise<SourceRow | undefined> {
  return sourcesDb(db).selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The team's sources, oldest first. */
export async function teamSources(db: Kysely<Database>, teamId: string): Promise<SourceRow[]> {
  return sourcesDb(db).selectFrom('sources').selectAll().where('team_id', '=', teamId).orderBy('created_at').orderBy('id').execute();
}

export async function updateSource(db: Kysely<Database>, id: string, change: Partial<SourceRow>): Promise<void> {
  await sourcesDb(db).updateTable('sources').set(change).where('id', '=', id).execute();
}

export async function deleteSource(db: Kysely<Database>, id: string): Promise<void> {
  await sourcesDb(db).deleteFrom('sources').where('id', '=', id).execute();
}

/**
 * Claims up to `limit` due sources for `owner` until `leaseUntil`: a source whose lease is held by a live run is
 * skipped, so each source runs on one instance at a time. Returns the claimed rows.
 */
export async function claimDueSources(
  db: Kysely<Database>,
  opts: { now: string; leaseUntil: string; owner: string; limit: number },
): Promise<SourceRow[]> {
  const sdb = sourcesDb(db);
  return sdb.transaction().execute(async (trx) => {
    let due = trx
      .selectFrom('sources')
      .select('id')
      .where('enabled', '=', 1)
      .where('next_run_at', '<=', opts.now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .orderBy('next_run_at')
      .limit(opts.limit);
    due = dialect(db).claimable(due);
    const ids = (await due.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('sources')
      .set({ lease_until: opts.leaseUntil, lease_owner: opts.owner })
      .where('id', 'in', ids)
      // re-checked inside the UPDATE: on SQLite another process may have claimed between our read and write
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
      .returningAll()
      .execute();
  });
}

/** Claims one source for a run now (manual run, CLI); undefined when a run of it is in progress elsewhere. */
export async function claimSource(
  db: Kysely<Database>,
  id: string,
  opts: { now: string; leaseUntil: string; owner: string },
): Promise<SourceRow | undefined> {
  return sourcesDb(db)
    .updateTable('sources')
    .set({ lease_until: opts.leaseUntil, lease_owner: opts.owner })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', opts.now)]))
    .returningAll()
    .executeTakeFirst();
}

/** Ends a run's lease and sets the source's schedule and last run. */
export async function releaseSource(
  db: Kysely<Database>,
  id: string,
  change: { nextRunAt: string; failures: number; lastRun: LastRun; owner: string },
): Promise<void> {
  await sourcesDb(db)
    .updateTable('sources')
    .set({ next_run_at: change.nextRunAt, failures: change.failures, last_run: JSON.stringify(change.lastRun), lease_until: null, lease_owner: null })
    .where('id', '=', id)
    .where('lease_owner', '=', change.owner)
    .execute();
}

export async function insertRun(db: Kysely<Database>, row: SourceRunsTable): Promise<void> {
  await sourcesDb(db).insertInto('source_runs').values(row).execute();
}

export async function finishRun(db: Kysely<Database>, id: string, change: Partial<SourceRunsTable>): Promise<void> {
  await sourcesDb(db).updateTable('source_runs').set(change).where('id', '=', id).execute();
}

/** The source's latest runs, newest first. */
export async function recentRuns(db: Kysely<Database>, sourceId: string, limit: number): Promise<SourceRunsTable[]> {
  return sourcesDb(db)
    .selectFrom('source_runs')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Validators of the source's pages, by URL. */
export async function pageValidators(db: Kysely<Database>, sourceId: string): Promise<Map<string, Validators>> {
  const rows = await sourcesDb(db).selectFrom('source_pages').selectAll().where('source_id', '=', sourceId).execute();
  return new Map(rows.map((r) => [r.url, { etag: r.etag, lastModified: r.last_modified }]));
}

/** Stores the validators of pages fetched in a run (a 304 keeps the ones we had unless the server sent new ones). */
export async function savePages(db: Kysely<Database>, sourceId: string, pages: FetchedRecord[], at: string): Promise<void> {
  const sdb = sourcesDb(db);
  for (const page of pages) {
    const values = { source_id: sourceId, url: page.url, etag: page.etag, last_modified: page.lastModified, status: page.status, fetched_at: at };
    await sdb
      .insertInto('source_pages')
      .values(values)
      .onConflict((oc) => oc.columns(['source_id', 'url']).doUpdateSet({ etag: page.etag, last_modified: page.lastModified, status: page.status, fetched_at: at }))
      .execute();
  }
}

/** What the source found before. */
export async function knownFinds(db: Kysely<Database>, sourceId: string): Promise<KnownFind[]> {
  const rows = await sourcesDb(db).selectFrom('source_finds').selectAll().where('source_id', '=', sourceId).execute();
  return rows.map((r) => ({ key: r.key, itemId: r.item_id, pageUrl: r.page_url, snapshot: JSON.parse(r.snapshot) as Found }));
}

/** Records (or refreshes) what the source found and which item it is. */
export async function saveFind(
  db: Kysely<Database>,
  find: { sourceId: string; key: string; itemId: string; pageUrl: string; snapshot: Found; at: string },
): Promise<void> {
  const snapshot = JSON.stringify(find.snapshot);
  await sourcesDb(db)
    .insertInto('source_finds')
    .values({ source_id: find.sourceId, key: find.key, item_id: find.itemId, page_url: find.pageUrl, snapshot, seen_at: find.at })
    .onConflict((oc) => oc.columns(['source_id', 'key']).doUpdateSet({ item_id: find.itemId, page_url: find.pageUrl, snapshot, seen_at: find.at }))
    .execute();
}

/** Forgets a find under a key that no longer names it (its deadline moved, its key changed). */
export async function deleteFind(db: Kysely<Database>, sourceId: string, key: string): Promise<void> {
  await sourcesDb(db).deleteFrom('source_finds').where('source_id', '=', sourceId).where('key', '=', key).execute();
}

/** Records a "Frist geändert" event for the alerts (once per key). */
export async function insertDeadlineChangeEvent(
  db: Kysely<Database>,
  event: { key: string; teamId: string; itemId: string; sourceId: string | null; payload: unknown; at: string },
): Promise<void> {
  await sourcesDb(db)
    .insertInto('deadline_change_events')
    .values({ key: event.key, team_id: event.teamId, item_id: event.itemId, source_id: event.sourceId, payload: JSON.stringify(event.payload), created_at: event.at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** The team's "Frist geändert" events, oldest first. */
export async function deadlineChangeEvents(db: Kysely<Database>, teamId: string): Promise<Array<{ key: string; itemId: string; sourceId: string | null; payload: unknown; createdAt: string }>> {
  const rows = await sourcesDb(db).selectFrom('deadline_change_events').selectAll().where('team_id', '=', teamId).orderBy('created_at').orderBy('key').execute();
  return rows.map((r) => ({ key: r.key, itemId: r.item_id, sourceId: r.source_id, payload: JSON.parse(r.payload) as unknown, createdAt: r.created_at }));
}

/**
 * Deletes each source's runs that started before `before` and are not among its `keep` latest (the order of
 * {@link recentRuns}; `keep` ≥ 1), `batchSize` at a time, oldest first. Returns how many went (or would go, with `dryRun`).
 */
export async function purgeSourceRuns(db: Kysely<Database>, limits: { before: string; keep: number }, options: PurgeOptions): Promise<number> {
  const sdb = sourcesDb(db);
  const sources = await sdb.selectFrom('source_runs').select('source_id').distinct().where('started_at', '<', limits.before).orderBy('source_id').execute();
  let deleted = 0;
  for (const { source_id: sourceId } of sources) {
    // the oldest run that stays by count; everything older (and older than `before`) may go
    const oldestKept = await sdb
      .selectFrom('source_runs')
      .select(['started_at', 'id'])
      .where('source_id', '=', sourceId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .offset(limits.keep - 1)
      .executeTakeFirst();
    if (!oldestKept) continue;
    const old = sdb
      .selectFrom('source_runs')
      .where('source_id', '=', sourceId)
      .where('started_at', '<', limits.before)
      .where((eb) => eb.or([eb('started_at', '<', oldestKept.started_at), eb.and([eb('started_at', '=', oldestKept.started_at), eb('id', '<', oldestKept.id)])]));
    if (options.dryRun) {
      const { count } = await old.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
      deleted += Number(count);
      continue;
    }
    for (;;) {
      // one bounded statement per batch; the sub-select with LIMIT works alike on SQLite and PostgreSQL
      const batch = old.select('id').orderBy('started_at').orderBy('id').limit(options.batchSize);
      const result = await sdb.deleteFrom('source_runs').where('id', 'in', batch).executeTakeFirst();
      const n = Number(result.numDeletedRows);
      deleted += n;
      if (!(await nextBatch(options))) return deleted;
      if (n < options.batchSize) break;
    }
  }
  return deleted;
}
