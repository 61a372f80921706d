/**
 * Starts watched sources inside `callwatch serve`: the runtime (polite fetcher, extractor, engine) and the croner
 * scheduler. service/main.ts calls this once and `stop()` at shutdown (timer off, runs in flight awaited).
 */
import type { Logger } from 'pino';
import type { Notifier } from '../notifier.ts';
import type { Database } from '../store/schema.ts';
import type { Kysely } from 'kysely';
import { createSourcesRuntime, type SourcesRuntime } from './runtime.ts';
import { startScheduler } from './schedule.ts';

export interface StartedSources {
  runtime: SourcesRuntime;
  stop(): Promise<void>;
}

/** Builds the runtime and starts the scheduler. */
export async function startSources(deps: { db: Kysely<Database>; notifier: Notifier; logger: Logger; allowPrivate?: boolean; now?: () => number }): Promise<StartedSources> {
  const now = deps.now ?? Date.now;
  const runtime = await createSourcesRuntime({ db: deps.db, notifier: deps.notifier, now }, { fetcher: { allowPrivate: deps.allowPrivate } });
  const scheduler = startScheduler(runtime.engine, {
    now,
    onError: (error) => deps.logger.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'sources: scheduler tick failed'),
  });
  return {
    runtime,
    async stop() {
      await scheduler.stop();
      await runtime.engine.close();
    },
  };
}
