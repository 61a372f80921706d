/** The one shape of the service's background jobs (service/jobs): schedule, first run, no overlap, stop and drain. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startJob, type Job } from '../../../service/jobs/job.ts';
import { startJobs } from '../../../service/jobs/registry.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A job whose runs last `runMs` and are counted, with the most that ran at once. */
function countingJob(overrides: Partial<Job> & { runMs?: number } = {}) {
  const seen = { runs: 0, atOnce: 0, mostAtOnce: 0, aborted: 0, drained: 0 };
  const job: Job = {
    name: 'counting',
    schedule: 5,
    async run(signal) {
      seen.runs++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, ++seen.atOnce);
      await sleep(overrides.runMs ?? 30);
      if (signal.aborted) seen.aborted++;
      seen.atOnce--;
    },
    async drain() {
      seen.drained++;
    },
    ...overrides,
  };
  return { job, seen };
}

describe('a job', () => {
  it('runs on its interval without overlapping itself, and stop() aborts, awaits the run in flight and drains', async () => {
    const { job, seen } = countingJob();
    const running = startJob(job);
    await expect.poll(() => seen.runs, { timeout: 2000, interval: 10 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => seen.atOnce, { timeout: 2000, interval: 1 }).toBe(1);
    await running.stop();
    expect(seen).toMatchObject({ mostAtOnce: 1, atOnce: 0, aborted: 1, drained: 1 });
    const runs = seen.runs;
    await sleep(50);
    expect(seen.runs).toBe(runs);
  });

  it('runs first after its first delay, then on its croner pattern only', async () => {
    const { job, seen } = countingJob({ schedule: '0 0 0 1 1 *', firstDelayMs: 10 });
    const running = startJob(job);
    expect(seen.runs).toBe(0);
    await expect.poll(() => seen.runs, { timeout: 1000, interval: 5 }).toBe(1);
    await sleep(80);
    expect(seen.runs).toBe(1);
    await running.stop();
  });

  it('logs a run that throws, and the next tick runs again', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    let runs = 0;
    const running = startJob(
      {
        name: 'failing',
        schedule: 5,
        async run() {
          runs++;
          throw new Error('boom');
        },
      },
      logger,
    );
    await expect.poll(() => runs, { timeout: 1000, interval: 5 }).toBeGreaterThanOrEqual(2);
    await running.stop();
    expect(JSON.parse(lines[0])).toMatchObject({ level: 50, msg: 'failing: run failed', err: { message: 'boom' } });
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the jobs registry', () => {
  it('ticks a job by name and stops every job in order', async () => {
    const stopped: string[] = [];
    const a = countingJob({ name: 'a', schedule: 3_600_000, drain: async () => void stopped.push('a') });
    const b = countingJob({ name: 'b', schedule: 3_600_000, drain: async () => void stopped.push('b') });
    const jobs = startJobs([a.job, b.job]);
    await jobs.tick('b');
    expect([a.seen.runs, b.seen.runs]).toEqual([0, 1]);
    await jobs.stop();
    expect(stopped).toEqual(['a', 'b']);
  });

  it('refuses two jobs of one name', () => {
    expect(() => startJobs([countingJob().job, countingJob().job])).toThrow(/counting/);
  });
});
