/** `callwatch alerts run --now …` (in-process and as two real processes at once) and `callwatch export --format ics`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { oneAlertTeam, startReceiver, type Receiver } from '../alerts/helpers.ts';
import { cli, cliProcess } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'callwatch-alerts-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('callwatch alerts run', () => {
  let receiver: Receiver;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
  });

  /** A database file with one alert due at 2027-03-05T07:00Z, to a webhook on the receiver. */
  async function seed(name: string) {
    const db = join(dir, name);
    const store = await openMigratedStore(db);
    const team = await oneAlertTeam(store.db);
    await insertChannel(store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${receiver.url}/hook`, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    await store.close();
    return { db, team };
  }

  it('delivers what is due at --now once; running it again sends nothing', async () => {
    const { db } = await seed('once.db');
    const env = { CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' };
    const early = await cli(['alerts', 'run', '--now', '2027-03-05T06:59:00Z', '--db', db], { cwd: dir, env });
    expect(early.code).toBe(0);
    expect(JSON.parse(early.stdout)).toMatchObject({ sent: 0, enqueued: 0 });
    expect(receiver.requests).toHaveLength(0);
    const due = await cli(['alerts', 'run', '--now', '2027-03-05T07:00:00Z', '--db', db], { cwd: dir, env });
    expect(JSON.parse(due.stdout)).toMatchObject({ now: '2027-03-05T07:00:00.000Z', sent: 3, failed: 0 });
    const again = await cli(['alerts', 'run', '--now', '2027-03-05T07:30:00Z', '--db', db], { cwd: dir, env });
    expect(JSON.parse(again.stdout)).toMatchObject({ sent: 0, enqueued: 0 });
    expect(receiver.requests).toHaveLength(1);
  });

  it('two processes running at once deliver each alert once', async () => {
    const { db } = await seed('parallel.db');
    const env = { CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' };
    const args = ['alerts', 'run', '--now', '2027-03-05T07:00:00Z', '--db', db];
    const results = await Promise.all([cliProcess(args, { cwd: dir, env }), cliProcess(args, { cwd: dir, env })]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const sent = results.map((r) => (JSON.parse(r.stdout) as { sent: number }).sent);
    expect(sent[0] + sent[1]).toBe(3);
    expect(receiver.requests).toHaveLength(1);
  }, 60_000);

  it('refuses a --now that is not an ISO time', async () => {
    const { db } = await seed('usage.db');
    const res = await cli(['alerts', 'run', '--now', 'tomorrow', '--db', db], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--now');
  });
});

describe('callwatch export --format ics', () => {
  it('prints the team’s calendar', async () => {
    const db = join(dir, 'export.db');
    const store = await openMigratedStore(db);
    const team = await oneAlertTeam(store.db);
    await store.close();
    const res = await cli(['export', '--team', team.admin.team.id, '--format', 'ics', '--db', db], { cwd: dir });
    expect(res.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(res.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual(['Antragsfrist: Nakopa – Förderaufruf <b>2027</b>']);
  });
});
