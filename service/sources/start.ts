/**
 * Starts watched sources inside `callwatch serve`: the runtime (polite fetcher, extractor, engine) and the croner
 * scheduler. service/main.ts calls this once and `stop()` at shutdown (timer off, runs in flight awaited).
 */
import type { Logger } from 'pino';
import { v4 as uuidv4 } from 'uuid';
import { Clock } from '../../shared/sync/hlc.ts';
import type { Notifier } from '../notifier.ts';
import type { Database } from '../store/schema.ts';
import type { Kysely } from 'kysely';
import { createSourcesRuntime, type SourcesRuntime } from './runtime.ts';
import { startScheduler } from './schedule.ts';

export interface StartedSources {
  runtime: SourcesRuntime;
  /** the server's hlc clock, shared with the app so REST edits and scraped changes order on one clock */
  clock: Clock;
  stop(): Promise<void>;
}

/** Builds the runtime and starts the scheduler. */
export async function startSources(deps: { db: Kysely<Database>; notifier: Notifier; logger: Logger; allowPrivate?: boolean; now?: () => number }): Promise<StartedSources> {
  const now = deps.now ?? Date.now;
  const clock = new Clock(uuidv4(), now);
  const runtime = await createSourcesRuntime({ db: deps.db, notifier: deps.notifier, clock, now }, { fetcher: { allowPrivate: deps.allowPrivate } });
  const scheduler = startScheduler(runtime.engine, {
    now,
    onError: (error) => deps.logger.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'sources: scheduler tick failed'),
  });
  return {
    runtime,
    clock,
    async stop() {
      await scheduler.stop();
      await runtime.engine.close();
    },
  };
}
