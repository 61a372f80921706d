/** `callwatch cleanup [--now] [--dry-run]`: prints the rows deleted per table as JSON; a dry run deletes nothing. */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendToInbox } from '../../../service/alerts/inbox.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { countRows, insertOutbox, outboxRow, seedRuns, seedSource, seedTeam } from '../retention/helpers.ts';
import { cli } from './helpers.ts';

const NOW = '2027-09-01T00:00:00.000Z';

describe.each(DIALECTS)('callwatch cleanup (%s)', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore(dialect);
  });
  afterEach(async () => {
    await store.dispose();
  });

  async function seed() {
    const { teamId, memberId } = await seedTeam(store.db);
    const old = { send_at: '2027-03-01T07:00:00.000Z', deadlineAt: '2027-03-10T23:00:00.000Z' };
    await insertOutbox(store.db, [outboxRow(teamId, old), outboxRow(teamId, old), outboxRow(teamId, { ...old, status: 'pending' })]);
    await appendToInbox(store.db, { teamId, memberId, outboxId: crypto.randomUUID(), payload: {}, at: '2027-03-01T07:00:00.000Z' });
    await appendToInbox(store.db, { teamId, memberId, outboxId: crypto.randomUUID(), payload: {}, at: '2027-08-30T07:00:00.000Z' });
    await seedRuns(store.db, { id: await seedSource(store.db, teamId, 's'), teamId }, 57, '2027-07-01T00:00:00.000Z');
  }
  const counts = async () => ({ outbox: await countRows(store.db, 'alert_outbox'), inbox: await countRows(store.db, 'alert_inbox'), sourceRuns: await countRows(store.db, 'source_runs') });

  it('--dry-run prints what would go and deletes nothing; a real run deletes it and prints the same counts', async () => {
    await seed();
    const before = await counts();
    const dry = await cli(['cleanup', '--now', NOW, '--dry-run', '--db', store.location], { cwd: process.cwd() });
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({ outbox: 2, inbox: 1, sourceRuns: 7, corrections: 0 });
    expect(await counts()).toEqual(before);

    const real = await cli(['cleanup', '--now', NOW, '--db', store.location], { cwd: process.cwd() });
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toEqual({ outbox: 2, inbox: 1, sourceRuns: 7, corrections: 0 });
    expect(await counts()).toEqual({ outbox: before.outbox - 2, inbox: before.inbox - 1, sourceRuns: 50 });

    const again = await cli(['cleanup', '--now', NOW, '--db', store.location], { cwd: process.cwd() });
    expect(JSON.parse(again.stdout)).toEqual({ outbox: 0, inbox: 0, sourceRuns: 0, corrections: 0 });
  });

  it('without --now it cleans up as of the current time', async () => {
    const { teamId } = await seedTeam(store.db);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await insertOutbox(store.db, [outboxRow(teamId, { send_at: daysAgo(200), deadlineAt: daysAgo(190) }), outboxRow(teamId, { send_at: daysAgo(80), deadlineAt: daysAgo(70) })]);
    const res = await cli(['cleanup', '--db', store.location], { cwd: process.cwd() });
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ outbox: 1, inbox: 0, sourceRuns: 0, corrections: 0 });
  });

  it('refuses a --now that is not an ISO time, and stray arguments', async () => {
    const bad = await cli(['cleanup', '--now', 'yesterday', '--db', store.location], { cwd: process.cwd() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now');
    const stray = await cli(['cleanup', 'everything', '--db', store.location], { cwd: process.cwd() });
    expect(stray.code).toBe(2);
  });

  if (dialect === 'postgres') {
    it('says so and deletes nothing while another instance is cleaning up', async () => {
      await seed();
      const other = new pg.Client({ connectionString: store.location });
      await other.connect();
      try {
        await other.query(`select pg_advisory_lock(hashtext('callwatch:retention'))`);
        const res = await cli(['cleanup', '--now', NOW, '--db', store.location], { cwd: process.cwd() });
        expect(res.code).toBe(1);
        expect(res.stderr).toContain('another instance');
        expect(res.stdout).toBe('');
        expect((await counts()).outbox).toBe(3);
      } finally {
        await other.end();
      }
    });
  }
});
