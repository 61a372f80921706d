/**
 * Watched sources inside `callwatch serve`: the runtime (polite fetcher, extractor, engine) and its job (the tick that
 * starts due sources). service/main.ts builds this once and starts the job with the others (service/jobs); stopping
 * it waits for the runs in flight and closes the engine.
 */
import type { Logger } from 'pino';
import type { Notifier } from '../notifier.ts';
import type { Database } from '../store/schema.ts';
import type { Kysely } from 'kysely';
import { createSourcesRuntime, type SourcesRuntime } from './runtime.ts';
import { sourcesJob } from './schedule.ts';
import type { Job } from '../jobs/job.ts';

export interface Sources {
  runtime: SourcesRuntime;
  job: Job;
}

/** Builds the runtime and its job (not started). */
export async function createSources(deps: { db: Kysely<Database>; notifier: Notifier; logger: Logger; allowPrivate?: boolean; now?: () => number }): Promise<Sources> {
  const now = deps.now ?? Date.now;
  const runtime = await createSourcesRuntime({ db: deps.db, notifier: deps.notifier, now }, { fetcher: { allowPrivate: deps.allowPrivate } });
  const job = sourcesJob(runtime.engine, {
    now,
    onError: (error) => deps.logger.error({ err: error instanceof Error ? { message: error.message } : String(error) }, 'sources: scheduler tick failed'),
  });
  return {
    runtime,
    job: {
      ...job,
      async drain() {
        await job.drain?.();
        await runtime.engine.close();
      },
    },
  };
}
