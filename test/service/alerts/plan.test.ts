/**
 * What planning adds besides deadline alerts — the weekly digest (per member, without muted items; none when empty)
 * and "Frist geändert" notices recorded by the scrapers — and how outstanding rows end: an alert whose item was
 * dismissed while it waited for a retry is cancelled, not sent.
 */
import { describe, expect, it } from 'vitest';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { muteItem } from '../../../service/alerts/mutes-repository.ts';
import { saveAlertRules } from '../../../service/alerts/rules-repository.ts';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime } from '../../../service/alerts/runtime.ts';
import { inboxSince } from '../../../service/alerts/inbox.ts';
import { alertsDb } from '../../../service/alerts/tables.ts';
import { createItem, updateItem } from '../../../service/items/service.ts';
import { insertDeadlineChangeEvent } from '../../../service/sources/repository.ts';
import { DIALECTS } from '../helpers/store.ts';
import { ONE_ALERT_AT, oneAlertTeam, simTeam, useStoreAndReceiver } from './helpers.ts';

describe.each(DIALECTS)('alert planning (%s)', (dialect) => {
  const env = useStoreAndReceiver(dialect);

  const run = async (at: number) => {
    const runtime = createAlertRuntime(env.store.db, { allowPrivate: true });
    try {
      return await runAlerts({ db: env.store.db, context: runtime.context, attemptTimeoutMs: 2000 }, at);
    } finally {
      await runtime.close();
    }
  };
  const bodies = () => env.receiver.requests.map((r) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>);

  it('sends the weekly digest on Monday at the rules’ time, without a member’s muted items', async () => {
    const created = '2027-03-05T09:00:00.000Z';
    const team = await simTeam(env.store.db, created, () => Date.parse(created));
    await saveAlertRules(env.store.db, team.admin.team.id, { offsets: [], at: '08:00', digest: 'weekly', holidays: 'NW' }, created);
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json' }, at: created });
    const soon = await createItem(team.deps, team.admin, { kind: 'call', title: 'Bald', deadlines: [{ date: '2027-03-12', label: 'Frist', kind: 'application' }] });
    await createItem(team.deps, team.admin, { kind: 'call', title: 'Später', deadlines: [{ date: '2027-06-30', label: 'Frist', kind: 'application' }] });
    await muteItem(env.store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, itemId: soon.id, at: created });

    expect((await run(Date.parse('2027-03-08T06:59:00Z'))).sent).toBe(0);
    await run(Date.parse('2027-03-08T07:00:00Z')); // Monday 08:00 Berlin
    expect(bodies()).toEqual([
      {
        type: 'digest',
        weekOf: '2027-03-08',
        until: '2027-04-07',
        dueAt: '2027-03-08T07:00:00.000Z',
        items: [{ itemId: soon.id, title: 'Bald', url: null, deadline: { date: '2027-03-12', label: 'Frist', kind: 'application' }, days: 4 }],
      },
    ]);
    const inbox = async (memberId: string) => (await inboxSince(env.store.db, team.admin.team.id, memberId, 0, 100)).alerts as { title: string }[];
    expect((await inbox(team.admin.member.id)).map((a) => a.title)).toEqual(['Wochenübersicht: 1 Frist bis Mittwoch, 7. April 2027']);
    // the member muted the only item due: an empty digest is not sent
    expect(await inbox(team.member.member.id)).toEqual([]);
    await run(Date.parse('2027-03-08T09:00:00Z'));
    expect(env.receiver.requests).toHaveLength(1);
  });

  it('delivers the scrapers’ "Frist geändert" events in their window', async () => {
    const team = await oneAlertTeam(env.store.db);
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    const from = { date: '2027-03-05', label: 'Antragsfrist', kind: 'application' as const };
    const to = { date: '2027-03-19', label: 'Antragsfrist', kind: 'application' as const };
    await insertDeadlineChangeEvent(env.store.db, {
      key: `${team.item.id}|changed|2027-03-05-application>2027-03-19-application`,
      teamId: team.admin.team.id,
      itemId: team.item.id,
      sourceId: null,
      payload: { type: 'deadline.changed', key: 'k', itemId: team.item.id, from, to, title: team.item.title, url: team.item.url },
      at: '2027-03-02T10:15:00.000Z',
    });
    await run(Date.parse('2027-03-02T10:00:00Z'));
    expect(env.receiver.requests).toHaveLength(0);
    await run(Date.parse('2027-03-02T10:16:00Z'));
    expect(bodies()).toEqual([
      { type: 'deadline.changed', itemId: team.item.id, title: team.item.title, url: 'https://example.org/call', deadline: to, previous: from, offset: null, dueAt: '2027-03-02T10:15:00.000Z' },
    ]);
  });

  it('cancels an alert waiting for a retry once its item is dismissed', async () => {
    const team = await oneAlertTeam(env.store.db);
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json' }, at: '2027-03-01T09:00:00Z' });
    env.receiver.handler = (_req, res) => {
      res.writeHead(503).end();
    };
    expect(await run(ONE_ALERT_AT)).toMatchObject({ retried: 1 });
    await updateItem({ ...team.deps, now: () => ONE_ALERT_AT + 1000 }, team.admin, team.item.id, { status: 'dismissed' });
    env.receiver.handler = (_req, res) => {
      res.writeHead(200).end();
    };
    expect(await run(ONE_ALERT_AT + 120_000)).toMatchObject({ sent: 0, cancelled: 1 });
    const row = await alertsDb(env.store.db).selectFrom('alert_outbox').selectAll().where('channel_type', '=', 'webhook').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'cancelled', last_error: 'item dismissed', attempts: 2 });
    expect(env.receiver.requests).toHaveLength(1);
  });
});
