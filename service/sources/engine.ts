/**
 * The scraper of one service process: claims sources (a lease per run, so each source runs once at a time across
 * instances), runs them, and keeps track of what is in flight. The scheduler, `POST /sources/:id/run` and
 * `callwatch scrape` all go through here.
 */
import { v4 as uuidv4 } from 'uuid';
import { conflict, notFound } from '../errors.ts';
import type { ServiceDeps } from '../services/context.ts';
import type { ExtractPage } from '../scrape/extractor.ts';
import type { PoliteFetcher } from '../scrape/polite-fetcher.ts';
import { runSource, type RunOutcome, type RunTrigger } from '../scrape/run.ts';
import { checkWatchedItems, type WatchOutcome } from '../scrape/watch.ts';
import { claimDueSources, claimSource, findSource, type SourceRow } from './repository.ts';

export interface EngineOptions {
  fetcher: PoliteFetcher;
  extract: ExtractPage;
  /** how long a claimed source stays claimed if its run never ends (the process died): 15 min */
  leaseMs?: number;
  /** runs in flight at once in this process (default 8) */
  maxRuns?: number;
  maxLinks?: number;
  /** this instance's name in leases (default a random id) */
  owner?: string;
}

export interface ScrapeEngine {
  readonly owner: string;
  /** Claims and runs every due source (up to the free capacity); resolves when those runs end. */
  runDue(trigger?: RunTrigger): Promise<RunOutcome[]>;
  /** Claims and starts due sources without waiting for them (the scheduler's tick); returns how many started. */
  startDue(): Promise<number>;
  /** Runs one source now, waiting for the run; 409 when it is running elsewhere. */
  runNow(sourceId: string, trigger: RunTrigger): Promise<RunOutcome>;
  /** Claims one source and runs it in the background (the API's 202); 409 when it is running. */
  startNow(sourceId: string, teamId?: string): Promise<void>;
  /** Re-checks the pages of watched items that are due (daily). */
  checkWatched(): Promise<WatchOutcome[]>;
  /** Waits for the runs in flight. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the engine over the service's storage and clock. */
export function createScrapeEngine(deps: ServiceDeps, options: EngineOptions): ScrapeEngine {
  const owner = options.owner ?? uuidv4();
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  const maxRuns = options.maxRuns ?? 8;
  const runDeps = { ...deps, fetcher: options.fetcher, extract: options.extract, maxLinks: options.maxLinks };
  const inFlight = new Map<string, Promise<RunOutcome>>();
  const lease = () => ({ now: new Date(deps.now()).toISOString(), leaseUntil: new Date(deps.now() + leaseMs).toISOString(), owner });

  const track = (row: SourceRow, trigger: RunTrigger, onStarted?: () => void): Promise<RunOutcome> => {
    const run = runSource(runDeps, row, trigger, owner, onStarted).finally(() => inFlight.delete(row.id));
    inFlight.set(row.id, run);
    return run;
  };

  const claimDue = async () => {
    const free = maxRuns - inFlight.size;
    if (free <= 0) return [];
    return claimDueSources(deps.db, { ...lease(), limit: free });
  };

  return {
    owner,
    async runDue(trigger = 'schedule') {
      const rows = await claimDue();
      return Promise.all(rows.map((row) => track(row, trigger)));
    },
    async startDue() {
      const rows = await claimDue();
      for (const row of rows) track(row, 'schedule').catch(() => undefined);
      return rows.length;
    },
    async runNow(sourceId, trigger) {
      if (inFlight.has(sourceId)) throw conflict('this source is being scraped right now');
      const row = await claimSource(deps.db, sourceId, lease());
      if (!row) {
        if (!(await findSource(deps.db, sourceId))) throw notFound('no such source');
        throw conflict('this source is being scraped right now');
      }
      return track(row, trigger);
    },
    async startNow(sourceId, teamId) {
      const existing = await findSource(deps.db, sourceId);
      if (!existing || (teamId !== undefined && existing.team_id !== teamId)) throw notFound('no such source');
      if (inFlight.has(sourceId)) throw conflict('this source is being scraped right now');
      const row = await claimSource(deps.db, sourceId, lease());
      if (!row) throw conflict('this source is being scraped right now');
      // answer once the run shows as running, so a GET right after the 202 sees it
      await new Promise<void>((started) => {
        track(row, 'manual', started).catch(() => undefined).finally(started);
      });
    },
    checkWatched: () => checkWatchedItems(runDeps),
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
    async close() {
      await Promise.allSettled([...inFlight.values()]);
      await options.fetcher.close();
    },
  };
}
