/**
 * Cleanup must not break exactly-once delivery: the outbox's unique keys are what stop the planner from planning an
 * alert twice. Over half a simulated year (offsets 100 and 0 days), the cleanup removes old deliveries, yet editing an
 * item (which plans its most urgent missed alert again, late, under the same key) and re-planning the windows after
 * the cleanup deliver nothing new. A second item whose outbox rows are removed by age alone shows what that would cost.
 */
import { describe, expect, it } from 'vitest';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { saveAlertRules } from '../../../service/alerts/rules-repository.ts';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../service/alerts/runtime.ts';
import { alertsDb } from '../../../service/alerts/tables.ts';
import { runRetention } from '../../../service/retention/run.ts';
import { createItem, updateItem } from '../../../service/items/service.ts';
import { DIALECTS } from '../helpers/store.ts';
import { simTeam, useStoreAndReceiver } from '../alerts/helpers.ts';

const TEAM_AT = '2027-01-04T08:00:00.000Z';

describe.each(DIALECTS)('alerts after a cleanup (%s)', (dialect) => {
  const env = useStoreAndReceiver(dialect);

  it('delivers no alert twice after old outbox rows were deleted', async () => {
    const db = env.store.db;
    let simNow = Date.parse(TEAM_AT);
    const team = await simTeam(db, TEAM_AT, () => simNow);
    const teamId = team.admin.team.id;
    await saveAlertRules(db, teamId, { offsets: [100, 0], at: '08:00', digest: 'off', holidays: 'NW' }, TEAM_AT);
    await insertChannel(db, { teamId, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json' }, at: TEAM_AT });
    const delivered: string[] = [];
    env.receiver.handler = (req, res) => {
      const alert = JSON.parse(req.body.toString('utf8')) as { itemId: string; offset: number };
      delivered.push(`${alert.itemId}|${alert.offset}`);
      res.writeHead(204).end();
    };
    const runtime = createAlertRuntime(db, { allowPrivate: true, attemptTimeoutMs: 5000 });
    const run = async (at: string) => {
      simNow = Date.parse(at);
      return runAlerts({ db, context: runtime.context }, simNow);
    };
    const outboxOf = async (itemId: string) => (await alertsDb(db).selectFrom('alert_outbox').select('id').where('item_id', '=', itemId).execute()).length;
    /** the planner starts over from its earliest possible window (as if its window state were lost) */
    const rewind = () => alertsDb(db).deleteFrom('alert_state').where('team_id', '=', teamId).execute();

    try {
      simNow = Date.parse('2027-01-04T09:00:00Z');
      const mk = (title: string, date: string) => createItem(team.deps, team.admin, { kind: 'call', title, url: `https://example.org/${title}`, deadlines: [{ date, label: 'Frist', kind: 'application' }] });
      const early = await mk('early', '2027-03-10'); // its 100-day slot (30 Nov) passed before it existed: sent late once
      const kept = await mk('kept', '2027-06-30'); // 100-day slot: Monday 22 March, 08:00 Berlin
      const control = await mk('control', '2027-06-30');

      await run('2027-01-04T10:00:00Z');
      await run('2027-03-10T07:00:00Z');
      await run('2027-03-22T07:00:00Z');
      expect(delivered.sort()).toEqual([`${early.id}|100`, `${early.id}|0`, `${kept.id}|100`, `${control.id}|100`].sort());

      // 25 June: every delivery so far ended more than 90 days ago, but the June deadlines are still ahead
      const june = Date.parse('2027-06-25T09:00:00Z');
      const report = await runRetention(db, { nowMs: june });
      expect(report).toEqual({ outbox: 2 * 3, inbox: 4 * 2, sourceRuns: 0, corrections: 0 }); // early's two alerts × (webhook + two extensions)
      expect(await outboxOf(early.id)).toBe(0);
      expect(await outboxOf(kept.id)).toBe(3);
      // what a cleanup by age alone would have done to the other item
      await alertsDb(db).deleteFrom('alert_outbox').where('item_id', '=', control.id).execute();

      // editing an item plans its most urgent missed alert again, under the same key
      simNow = Date.parse('2027-06-25T10:00:00Z');
      await updateItem(team.deps, team.admin, kept.id, { title: 'kept (edited)' });
      await updateItem(team.deps, team.admin, control.id, { title: 'control (edited)' });
      delivered.length = 0;
      const afterEdit = await run('2027-06-25T10:05:00Z');
      expect(delivered).toEqual([`${control.id}|100`]); // the control item's alert goes out a second time; the kept one does not
      expect(afterEdit.enqueued).toBe(3);

      // the same window planned again after the cleanup: nothing new
      await rewind();
      expect((await run('2027-06-25T10:10:00Z')).enqueued).toBe(0);

      await run('2027-06-30T07:00:00Z');
      expect(delivered.sort()).toEqual([`${control.id}|100`, `${kept.id}|0`, `${control.id}|0`].sort());

      // October: the June deadlines are long over and their deliveries 90 days old: everything goes
      const october = Date.parse('2027-10-01T09:00:00Z');
      expect((await runRetention(db, { nowMs: october }))?.outbox).toBe(3 + 3 + 3 + 3);
      expect(await alertsDb(db).selectFrom('alert_outbox').select('id').execute()).toEqual([]);
      delivered.length = 0;
      await rewind();
      for (const at of ['2027-10-01T09:00:00Z', '2027-10-02T09:00:00Z']) expect((await run(at)).enqueued).toBe(0);
      expect(delivered).toEqual([]);
    } finally {
      await runtime.close();
    }
  });
});
