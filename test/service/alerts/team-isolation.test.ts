/**
 * One team or one item never stops the alerts of the others (issue 15, item 4): a team whose planning throws is left
 * for the next run (and reported), a damaged item row or a deadline stored as 9999-12-31 alerts nothing, and every
 * other team's due alert is still planned and delivered.
 */
import { describe, expect, it } from 'vitest';
import { inboxSince } from '../../../service/alerts/inbox.ts';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../service/alerts/runtime.ts';
import { createItem } from '../../../service/items/service.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { DIALECTS } from '../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam, useStoreAndReceiver } from './helpers.ts';

describe.each(DIALECTS)('alert runs across teams (%s)', (dialect) => {
  const env = useStoreAndReceiver(dialect);

  it('plan and deliver every team that can be planned, past damaged items and a failing team', async () => {
    const db = env.store.db;
    const damagedItems = await oneAlertTeam(db);
    const failing = await oneAlertTeam(db);
    const healthy = await oneAlertTeam(db);

    // item-level damage in one team: a row whose JSON is cut off, a deadline stored before the schema refused it
    const cut = await createItem(damagedItems.deps, damagedItems.admin, { kind: 'call', title: 'kaputt', deadlines: [{ date: '2027-03-05', label: 'Frist', kind: 'other' }] });
    const open = await createItem(damagedItems.deps, damagedItems.admin, { kind: 'call', title: 'offen', deadlines: [{ date: '2027-03-05', label: 'Frist', kind: 'other' }] });
    const fieldsOf = async (id: string) => (await db.selectFrom('items').select('fields').where('id', '=', id).executeTakeFirstOrThrow()).fields;
    await db.updateTable('items').set({ fields: (await fieldsOf(cut.id)).slice(0, 25) }).where('id', '=', cut.id).execute();
    await db.updateTable('items').set({ fields: (await fieldsOf(open.id)).replace('2027-03-05', '9999-12-31') }).where('id', '=', open.id).execute();
    // a team whose planning throws: a "Frist geändert" event whose stored JSON is damaged
    await sourcesDb(db).insertInto('deadline_change_events').values({
      key: `${failing.item.id}|changed|damaged`, team_id: failing.admin.team.id, item_id: failing.item.id, source_id: null, payload: '{"from":', created_at: '2027-03-04T10:00:00.000Z',
    }).execute();

    const runtime = createAlertRuntime(db, { allowPrivate: true });
    try {
      const report = await runAlerts({ db, context: runtime.context, attemptTimeoutMs: 2000 }, ONE_ALERT_AT);
      expect(report.unplanned.map((u) => u.teamId)).toEqual([failing.admin.team.id]);
      expect(report.sent).toBe(4); // one alert each to the admin's and the member's extension, in two teams
    } finally {
      await runtime.close();
    }
    const inbox = async (team: typeof healthy) => ((await inboxSince(db, team.admin.team.id, team.admin.member.id, 0, 100)).alerts as { alert: { itemId: string } }[]).map((a) => a.alert.itemId);
    expect(await inbox(healthy)).toEqual([healthy.item.id]);
    expect(await inbox(damagedItems)).toEqual([damagedItems.item.id]);
    expect(await inbox(failing)).toEqual([]);
  });
});
