/** The daily cleanup inside `callwatch serve`: a first run after start, then croner's pattern; logged; stops cleanly. */
import { Writable } from 'node:stream';
import { Cron } from 'croner';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJob, type RunningJob } from '../../../service/jobs/job.ts';
import { DAILY_PATTERN, retentionJob } from '../../../service/retention/job.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { countRows, insertOutbox, outboxRow, seedTeam } from './helpers.ts';

const NOW = Date.parse('2027-09-01T00:00:00.000Z');
const old = { send_at: '2027-03-01T07:00:00.000Z', deadlineAt: '2027-03-10T23:00:00.000Z' };

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(DIALECTS)('daily cleanup (%s)', (dialect) => {
  let store: TestStore;
  let timer: RunningJob | undefined;
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  beforeEach(async () => {
    store = await openTestStore(dialect);
    lines.length = 0;
  });
  afterEach(async () => {
    await timer?.stop();
    timer = undefined;
    await store.dispose();
  });

  it('runs once shortly after start and logs what it deleted', async () => {
    const { teamId } = await seedTeam(store.db);
    await insertOutbox(store.db, [outboxRow(teamId, old), outboxRow(teamId, old)]);
    timer = startJob(retentionJob({ db: store.db, logger, now: () => NOW, firstDelayMs: 0 }));
    await until(async () => (await countRows(store.db, 'alert_outbox')) === 0);
    await until(async () => lines.length > 0);
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'retention run', retention: { outbox: 2, inbox: 0, sourceRuns: 0 } });
  });

  it('runs on its cron pattern; stop() ends the timer', async () => {
    const { teamId } = await seedTeam(store.db);
    timer = startJob(retentionJob({ db: store.db, logger, now: () => NOW, firstDelayMs: 3_600_000, pattern: '* * * * * *' }));
    await insertOutbox(store.db, [outboxRow(teamId, old)]);
    await until(async () => (await countRows(store.db, 'alert_outbox')) === 0);
    await timer.stop();
    await insertOutbox(store.db, [outboxRow(teamId, old)]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await countRows(store.db, 'alert_outbox')).toBe(1);
  });

  it('the default pattern fires once a day', () => {
    const job = new Cron(DAILY_PATTERN, { paused: true });
    const [a, b, c] = job.nextRuns(3, new Date('2027-01-11T12:00:00')).map((d) => d.getTime());
    job.stop();
    expect([b - a, c - b]).toEqual([86_400_000, 86_400_000]);
  });
});
