/** The service's jobs, started together and stopped together in the order given (service/main.ts lists them). */
import type { Logger } from 'pino';
import { startJob, type Job, type RunningJob } from './job.ts';

export interface RunningJobs {
  /** one run of the named job now (tests) */
  tick(name: string): Promise<void>;
  /** stops every job, one after the other */
  stop(): Promise<void>;
}

export function startJobs(jobs: readonly Job[], logger?: Logger): RunningJobs {
  const names = jobs.map((job) => job.name);
  if (new Set(names).size !== names.length) throw new Error(`jobs: a name twice in ${names.join(', ')}`);
  const started: RunningJob[] = jobs.map((job) => startJob(job, logger));
  return {
    tick(name) {
      const job = started.find((j) => j.name === name);
      if (!job) throw new Error(`jobs: no job ${name}`);
      return job.tick();
    },
    async stop() {
      for (const job of started) await job.stop();
    },
  };
}
