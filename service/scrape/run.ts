/**
 * One run of one source, recorded: the run row (time, duration, HTTP status, found/added/changed, error), the page
 * validators for the next conditional request, the finds written as items, and the source's next slot — its normal
 * one after success, an exponentially later one after failures (never before a host's Retry-After).
 * The caller has claimed the source (its lease); this releases it.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ServiceDeps } from '../services/context.ts';
import { parseEvery } from '../sources/every.ts';
import { finishRun, insertRun, knownFinds, pageValidators, releaseSource, savePages, updateSource, type SourceRow } from '../sources/repository.ts';
import type { LastRun, SourceRun } from '../../shared/api/sources.ts';
import { nextRunAfterFailure, nextSlot } from '../sources/slots.ts';
import { applyFinds, type ItemChange } from './apply-finds.ts';
import type { ExtractPage } from './extractor.ts';
import type { PoliteFetcher } from './polite-fetcher.ts';
import { readers } from './readers/index.ts';
import type { ReaderSource, SourceKind } from './readers/types.ts';
import { describeFailure } from './scrape-error.ts';
import { withProfiles } from '../profiles/with-profiles.ts';

export interface RunDeps extends ServiceDeps {
  fetcher: PoliteFetcher;
  extract: ExtractPage;
  /** detail pages followed per run (default 30) */
  maxLinks?: number;
}

export interface RunOutcome {
  sourceId: string;
  teamId: string;
  run: SourceRun;
  changes: ItemChange[];
}

export type RunTrigger = 'schedule' | 'manual' | 'cli';

const DEFAULT_EVERY_MS = 6 * 3_600_000;

/** Runs a claimed source once and records everything; never throws for a failing site. */
export async function runSource(
  deps: RunDeps,
  source: SourceRow,
  trigger: RunTrigger,
  owner: string,
  /** called once the run is recorded as running (the API answers 202 after that) */
  onStarted?: () => void,
): Promise<RunOutcome> {
  const started = deps.now();
  const startedPerf = performance.now();
  const at = new Date(started).toISOString();
  const runId = uuidv7();
  const previous = source.last_run ? (JSON.parse(source.last_run) as LastRun) : null;
  const running: LastRun = { at, status: 'running', httpStatus: previous?.httpStatus ?? null, found: 0, added: 0, changed: 0, error: null };
  // one transaction for the start and one for the end: on SQLite each commit is a sync to disk
  await deps.db.transaction().execute(async (trx) => {
    await insertRun(trx, {
      id: runId, source_id: source.id, team_id: source.team_id, trigger, started_at: at, finished_at: null, duration_ms: null,
      status: 'running', http_status: null, found: 0, added: 0, changed: 0, error_code: null, error: null,
    });
    await updateSource(trx, source.id, { last_run: JSON.stringify(running) });
  });
  onStarted?.();

  let outcome: { status: 'ok' | 'error'; httpStatus: number | null; found: number; added: number; changed: number; error: string | null; errorCode: string | null; retryAt?: number };
  let changes: ItemChange[] = [];
  try {
    const readerSource: ReaderSource = {
      id: source.id, url: source.url, kind: source.kind as SourceKind, itemSelector: source.item_selector, linkSelector: source.link_selector,
    };
    const validators = await pageValidators(deps.db, source.id);
    const result = await readers[readerSource.kind].read({
      source: readerSource,
      fetch: (url, v) => deps.fetcher.fetch(url, v),
      // a page on a host the team's corrections taught is read with its site profile (issue 10, item 3)
      extract: withProfiles(deps, source.team_id, deps.extract),
      now: new Date(started),
      validators,
      maxLinks: deps.maxLinks ?? 30,
    });
    // a 304 with the validators we hold changes nothing worth a write
    const fresh = result.pages.filter((p) => {
      const held = validators.get(p.url);
      return !p.notModified || !held || (held.etag ?? null) !== p.etag || (held.lastModified ?? null) !== p.lastModified;
    });
    if (fresh.length > 0) await savePages(deps.db, source.id, fresh, at);
    const known = await knownFinds(deps.db, source.id);
    let found: number;
    let added = 0;
    let changed = 0;
    if (result.notModified) {
      // nothing was read: what the source lists is what it listed before
      found = known.length;
    } else {
      const applied = await applyFinds(deps, { id: source.id, teamId: source.team_id, url: source.url, createdBy: source.created_by }, result.finds);
      ({ added, changed, changes } = applied);
      const unchanged = new Set(result.unchangedPages);
      found = result.finds.length + known.filter((k) => unchanged.has(k.pageUrl)).length;
    }
    // followed pages that failed do not fail the run — unless every one of them did
    const followed = result.pages.length - 1 + result.failures.length;
    const allFailed = result.failures.length > 0 && result.failures.length === followed && result.finds.length === 0;
    const failureNote = result.failures.length > 0
      ? `${result.failures.length} of ${followed} linked pages failed: ${result.failures.slice(0, 3).map((f) => `${f.url} (${f.message})`).join('; ')}`
      : null;
    outcome = {
      status: allFailed ? 'error' : 'ok',
      httpStatus: result.httpStatus,
      found,
      added,
      changed,
      error: failureNote,
      errorCode: allFailed ? result.failures[0].code : null,
    };
  } catch (error) {
    const failure = describeFailure(error);
    outcome = { status: 'error', httpStatus: failure.httpStatus, found: 0, added: 0, changed: 0, error: failure.message, errorCode: failure.code, retryAt: failure.retryAt };
  }

  const durationMs = Math.round(performance.now() - startedPerf);
  const finishedAt = new Date(deps.now()).toISOString();
  const interval = parseEvery(source.every) ?? DEFAULT_EVERY_MS;
  const failures = outcome.status === 'error' ? Number(source.failures) + 1 : 0;
  const nowMs = deps.now();
  const next = failures > 0 ? nextRunAfterFailure(source.id, interval, nowMs, failures, outcome.retryAt) : nextSlot(source.id, interval, nowMs);
  const lastRun: LastRun = {
    at, status: outcome.status, httpStatus: outcome.httpStatus, found: outcome.found, added: outcome.added, changed: outcome.changed,
    error: outcome.error, errorCode: outcome.errorCode, durationMs,
  };
  await deps.db.transaction().execute(async (trx) => {
    await finishRun(trx, runId, {
      finished_at: finishedAt, duration_ms: durationMs, status: outcome.status, http_status: outcome.httpStatus,
      found: outcome.found, added: outcome.added, changed: outcome.changed, error_code: outcome.errorCode, error: outcome.error,
    });
    await releaseSource(trx, source.id, { nextRunAt: new Date(next).toISOString(), failures, lastRun, owner });
  });
  return {
    sourceId: source.id,
    teamId: source.team_id,
    changes,
    run: {
      id: runId, trigger, at, finishedAt, durationMs, status: outcome.status, httpStatus: outcome.httpStatus,
      found: outcome.found, added: outcome.added, changed: outcome.changed, errorCode: outcome.errorCode, error: outcome.error,
    },
  };
}
