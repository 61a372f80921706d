/**
 * One cleanup over rows with chosen times, on both dialects: what goes and what stays per table, bounded batches that
 * loop until done, a dry run that deletes nothing, and the lock that keeps a second instance out on PostgreSQL.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendToInbox } from '../../../service/alerts/inbox.ts';
import { alertsDb } from '../../../service/alerts/tables.ts';
import { runRetention } from '../../../service/retention/run.ts';
import { recentRuns } from '../../../service/sources/repository.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { countRows, DeleteRecorder, insertOutbox, outboxIds, outboxRow, seedRuns, seedSource, seedTeam } from './helpers.ts';

const NOW = Date.parse('2027-09-01T00:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

describe.each(DIALECTS)('retention run (%s)', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore(dialect);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('deletes final outbox rows that ended 90 days ago and whose key can no longer be planned; keeps the rest', async () => {
    const { teamId } = await seedTeam(store.db);
    const goes = [
      outboxRow(teamId, { send_at: ago(120), deadlineAt: ago(110) }),
      outboxRow(teamId, { kind: 'digest', status: 'failed', send_at: ago(150), next_attempt_at: ago(149), payload: '{"type":"digest"}' }),
      // cancelled while pending: cancelOutstanding leaves next_attempt_at as it was
      outboxRow(teamId, { kind: 'deadline.changed', status: 'cancelled', send_at: ago(100), payload: '{"type":"deadline.changed"}' }),
    ];
    const stays = [
      outboxRow(teamId, { send_at: ago(120), deadlineAt: ago(-90) }), // its deadline is ahead: an edit could plan it again
      outboxRow(teamId, { send_at: ago(120), deadlineAt: ago(3) }), // its deadline is only just over
      outboxRow(teamId, { send_at: ago(31), deadlineAt: ago(30) }), // ended 31 days ago
      outboxRow(teamId, { send_at: ago(200), payload: '{"type":"deadline.due"}' }), // unreadable: kept
      outboxRow(teamId, { status: 'pending', send_at: ago(200), deadlineAt: ago(190) }),
      outboxRow(teamId, { status: 'sending', send_at: ago(200), deadlineAt: ago(190), lease_owner: 'gone', lease_until: ago(199) }),
      outboxRow(teamId, { status: 'failed', send_at: ago(200), next_attempt_at: ago(10), deadlineAt: ago(190) }), // given up 10 days ago
    ];
    await insertOutbox(store.db, [...goes, ...stays]);

    expect(await runRetention(store.db, { nowMs: NOW })).toEqual({ outbox: 3, inbox: 0, sourceRuns: 0, corrections: 0 });
    expect(await outboxIds(store.db)).toEqual(stays.map((r) => r.id).sort());
    expect(await runRetention(store.db, { nowMs: NOW })).toEqual({ outbox: 0, inbox: 0, sourceRuns: 0, corrections: 0 });
  });

  it('deletes inbox rows older than 90 days unless their delivery is still under way; the counter goes on', async () => {
    const { teamId, memberId } = await seedTeam(store.db);
    const pending = outboxRow(teamId, { status: 'sending', send_at: ago(120), deadlineAt: ago(-10), lease_owner: 'x', lease_until: ago(119) });
    await insertOutbox(store.db, [pending]);
    const append = (outboxId: string, daysAgo: number) => appendToInbox(store.db, { teamId, memberId, outboxId, payload: { type: 'test' }, at: ago(daysAgo) });
    await append(crypto.randomUUID(), 120); // seq 1: goes
    await append(pending.id, 119); // seq 2: its outbox row is still being sent
    await append(crypto.randomUUID(), 91); // seq 3: goes
    await append(crypto.randomUUID(), 89); // seq 4: stays

    expect(await runRetention(store.db, { nowMs: NOW })).toEqual({ outbox: 0, inbox: 2, sourceRuns: 0, corrections: 0 });
    const left = await alertsDb(store.db).selectFrom('alert_inbox').select('seq').orderBy('seq').execute();
    expect(left.map((r) => Number(r.seq))).toEqual([2, 4]);
    await append(crypto.randomUUID(), 0);
    const last = await alertsDb(store.db).selectFrom('alert_inbox').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(Number(last.seq)).toBe(5);
  });

  it('keeps each source’s last 50 runs and every run of the last 30 days, whichever is more', async () => {
    const { teamId } = await seedTeam(store.db);
    const busy = { id: await seedSource(store.db, teamId, 'busy'), teamId };
    const idle = { id: await seedSource(store.db, teamId, 'idle'), teamId };
    const young = { id: await seedSource(store.db, teamId, 'young'), teamId };
    // every 6 h for 50 days up to now: the last 30 days are 120 runs (more than 50)
    const busyRuns = await seedRuns(store.db, busy, 200, ago(0));
    // stopped 100 days ago: only the count keeps runs
    const idleRuns = await seedRuns(store.db, idle, 70, ago(100));
    const youngRuns = await seedRuns(store.db, young, 10, ago(60));

    const within30Days = busyRuns.filter((_, i) => i * 6 * 3_600_000 <= 30 * DAY);
    expect(within30Days.length).toBeGreaterThan(50);
    expect(await runRetention(store.db, { nowMs: NOW })).toEqual({ outbox: 0, inbox: 0, sourceRuns: busyRuns.length - within30Days.length + (70 - 50), corrections: 0 });
    const ids = async (source: { id: string }) => (await recentRuns(store.db, source.id, 1000)).map((r) => r.id);
    expect(await ids(busy)).toEqual(within30Days);
    expect(await ids(idle)).toEqual(idleRuns.slice(0, 50));
    expect(await ids(young)).toEqual(youngRuns);
  });

  it('deletes in bounded statements, looping until the backlog is gone; a dry run counts the same and deletes nothing', async () => {
    const { teamId, memberId } = await seedTeam(store.db);
    await insertOutbox(store.db, Array.from({ length: 7 }, () => outboxRow(teamId, { send_at: ago(200), deadlineAt: ago(190) })));
    for (let i = 0; i < 8; i++) await appendToInbox(store.db, { teamId, memberId, outboxId: crypto.randomUUID(), payload: {}, at: ago(100) });
    await seedRuns(store.db, { id: await seedSource(store.db, teamId, 's'), teamId }, 61, ago(40));
    const counts = async () => [await countRows(store.db, 'alert_outbox'), await countRows(store.db, 'alert_inbox'), await countRows(store.db, 'source_runs')];
    const before = await counts();

    const dryRecorder = new DeleteRecorder();
    expect(await runRetention(store.db.withPlugin(dryRecorder), { nowMs: NOW, dryRun: true, batchSize: 3 })).toEqual({ outbox: 7, inbox: 8, sourceRuns: 11, corrections: 0 });
    expect(dryRecorder.deletes).toEqual([]);
    expect(await counts()).toEqual(before);

    const recorder = new DeleteRecorder();
    expect(await runRetention(store.db.withPlugin(recorder), { nowMs: NOW, batchSize: 3 })).toEqual({ outbox: 7, inbox: 8, sourceRuns: 11, corrections: 0 });
    expect(await counts()).toEqual([0, 0, 50]);
    // outbox 3+3+1, inbox 3+3+2, runs 3+3+3+2: never more than a batch per statement
    expect(recorder.deletes.length).toBeGreaterThanOrEqual(3 + 3 + 4);
    expect(Math.max(...recorder.deletes)).toBe(3);
    expect(recorder.deletes.reduce((a, b) => a + b, 0)).toBe(7 + 8 + 11);
  });

  it('stops between batches when asked to (service shutdown)', async () => {
    const { teamId } = await seedTeam(store.db);
    await seedRuns(store.db, { id: await seedSource(store.db, teamId, 's'), teamId }, 80, ago(40));
    const abort = new AbortController();
    abort.abort();
    const report = await runRetention(store.db, { nowMs: NOW, batchSize: 5, signal: abort.signal });
    expect(report?.sourceRuns).toBe(5);
    expect(await countRows(store.db, 'source_runs')).toBe(75);
  });

  if (dialect === 'postgres') {
    it('skips while another instance holds the cleanup lock; a dry run does not wait for it', async () => {
      const { teamId } = await seedTeam(store.db);
      await insertOutbox(store.db, [outboxRow(teamId, { send_at: ago(200), deadlineAt: ago(190) })]);
      const other = new pg.Client({ connectionString: store.location });
      await other.connect();
      try {
        await other.query(`select pg_advisory_lock(hashtext('callwatch:retention'))`);
        expect(await runRetention(store.db, { nowMs: NOW })).toBeNull();
        expect(await countRows(store.db, 'alert_outbox')).toBe(1);
        expect(await runRetention(store.db, { nowMs: NOW, dryRun: true })).toEqual({ outbox: 1, inbox: 0, sourceRuns: 0, corrections: 0 });
        await other.query(`select pg_advisory_unlock(hashtext('callwatch:retention'))`);
        expect(await runRetention(store.db, { nowMs: NOW })).toEqual({ outbox: 1, inbox: 0, sourceRuns: 0, corrections: 0 });
      } finally {
        await other.end();
      }
    });

    it('two instances at once: one cleans, the other skips, and the lock is free afterwards', async () => {
      const { teamId } = await seedTeam(store.db);
      await insertOutbox(store.db, Array.from({ length: 30 }, () => outboxRow(teamId, { send_at: ago(200), deadlineAt: ago(190) })));
      const instance = await openMigratedStore(store.location);
      try {
        const reports = await Promise.all([runRetention(store.db, { nowMs: NOW, batchSize: 2 }), runRetention(instance.db, { nowMs: NOW, batchSize: 2 })]);
        const done = reports.filter((r) => r !== null);
        expect(done.length).toBeGreaterThanOrEqual(1);
        expect(done.reduce((sum, r) => sum + r.outbox, 0)).toBe(30);
        expect(await countRows(store.db, 'alert_outbox')).toBe(0);
        expect(await runRetention(instance.db, { nowMs: NOW })).toEqual({ outbox: 0, inbox: 0, sourceRuns: 0, corrections: 0 });
      } finally {
        await instance.close();
      }
    });
  }
});
