/**
 * Exactly-once delivery over 12 simulated days, stepped hour by hour, with two alert runs in parallel at every step
 * (each on its own database connection: two processes on one SQLite file, two instances on one PostgreSQL) and a
 * restart half-way. The expected alerts are written out by hand from the rules (offsets 7, 2, 0 at 08:00 Berlin).
 */
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../../../service/alerts/format/index.ts';
import { insertChannel } from '../../../service/alerts/channels-repository.ts';
import { muteItem } from '../../../service/alerts/mutes-repository.ts';
import { saveAlertRules } from '../../../service/alerts/rules-repository.ts';
import { runAlerts } from '../../../service/alerts/run.ts';
import { createAlertRuntime, type AlertRuntime } from '../../../service/alerts/runtime.ts';
import { inboxSince } from '../../../service/alerts/inbox.ts';
import { createItem, deleteItem, updateItem } from '../../../service/items/service.ts';
import { openMigratedStore, type Store } from '../../../service/store/db.ts';
import { DIALECTS } from '../helpers/store.ts';
import { simTeam, useStoreAndReceiver } from './helpers.ts';

const HOUR = 3_600_000;
const TEAM_AT = Date.parse('2027-02-28T23:00:00Z');
const START = Date.parse('2027-03-01T00:00:00Z'); // Monday; CET (UTC+1) all month until 28 March
const STEPS = 12 * 24;
const SECRET = 'webhook-secret';

describe.each(DIALECTS)('alert delivery exactly once (%s)', (dialect) => {
  const env = useStoreAndReceiver(dialect);

  it('delivers every due alert once, none early, none for deleted or dismissed items; a moved deadline reschedules', async () => {
    let simNow = START;
    const team = await simTeam(env.store.db, new Date(TEAM_AT).toISOString(), () => simNow);
    await saveAlertRules(env.store.db, team.admin.team.id, { offsets: [7, 2, 0], at: '08:00', digest: 'off', holidays: 'NW' }, new Date(TEAM_AT).toISOString());
    await insertChannel(env.store.db, { teamId: team.admin.team.id, memberId: team.admin.member.id, type: 'webhook', config: { url: `${env.receiver.url}/hook`, format: 'json', secret: SECRET }, at: new Date(TEAM_AT).toISOString() });

    const mk = (title: string, date: string, kind: 'application' | 'registration' = 'application', time?: string) =>
      createItem(team.deps, team.admin, { kind: 'call', title, url: `https://example.org/${title}`, deadlines: [{ date, ...(time ? { time } : {}), label: 'Frist', kind }] });
    const a = await mk('A', '2027-03-05');
    const b = await mk('B', '2027-03-10', 'registration', '12:00');
    const c = await mk('C', '2027-03-08');
    const d = await mk('D', '2027-03-09');
    const e = await mk('E', '2027-03-06'); // a Saturday: the 0-day alert moves to Friday
    const f = await mk('F', '2027-03-11');
    await muteItem(env.store.db, { teamId: team.admin.team.id, memberId: team.member.member.id, itemId: b.id, at: new Date(START).toISOString() });

    const events: Record<number, () => Promise<unknown>> = {
      [Date.parse('2027-03-02T00:00:00Z')]: () => updateItem(team.deps, team.admin, d.id, { status: 'dismissed' }),
      [Date.parse('2027-03-04T10:00:00Z')]: () => deleteItem(team.deps, team.admin, c.id),
      [Date.parse('2027-03-05T10:00:00Z')]: () =>
        updateItem(team.deps, team.admin, f.id, { deadlines: [{ date: '2027-03-12', time: '15:00', label: 'Frist', kind: 'application' }] }),
    };

    // two "processes": their own connections and delivery tools
    const open = async (): Promise<{ stores: Store[]; runtimes: AlertRuntime[] }> => {
      const stores = [await openMigratedStore(env.store.location), await openMigratedStore(env.store.location)];
      return { stores, runtimes: stores.map((s) => createAlertRuntime(s.db, { allowPrivate: true, attemptTimeoutMs: 5000 })) };
    };
    const shut = async (running: { stores: Store[]; runtimes: AlertRuntime[] }) => {
      for (const r of running.runtimes) await r.close();
      for (const s of running.stores) await s.close();
    };
    const receivedAt = new Map<string, number[]>();
    env.receiver.handler = (req, res) => {
      const body = req.body.toString('utf8');
      const ok = verifySignature({
        secret: SECRET,
        body,
        timestamp: String(req.headers['x-callwatch-timestamp']),
        signature: String(req.headers['x-callwatch-signature']),
        nowMs: simNow,
      });
      expect(ok).toBe(true);
      const alert = JSON.parse(body) as { itemId: string; deadline: { date: string; time?: string }; offset: number };
      const key = `${alert.itemId}|${alert.deadline.date}${alert.deadline.time ? `T${alert.deadline.time}` : ''}|${alert.offset}`;
      receivedAt.set(key, [...(receivedAt.get(key) ?? []), simNow]);
      res.writeHead(204).end();
    };

    let running = await open();
    for (let step = 1; step <= STEPS; step++) {
      const previous = simNow;
      simNow = START + step * HOUR;
      for (const [at, event] of Object.entries(events)) if (Number(at) > previous && Number(at) <= simNow) await event();
      if (step === STEPS / 2) {
        await shut(running); // restart: new connections, new delivery tools, nothing kept in memory
        running = await open();
      }
      await Promise.all(running.runtimes.map((r, i) => runAlerts({ db: running.stores[i].db, context: r.context }, simNow)));
    }
    await shut(running);

    // [item, deadline, offset, the step (end of hour, UTC) it is delivered at]
    const expected: [string, string, number, string][] = [
      [a.id, '2027-03-05', 7, '2027-03-01T01:00:00Z'], // fell due (26 Feb) before the item existed: the one late alert
      [e.id, '2027-03-06', 7, '2027-03-01T01:00:00Z'], // likewise (27 Feb, a Saturday → Friday 26 Feb)
      [c.id, '2027-03-08', 7, '2027-03-01T07:00:00Z'],
      [a.id, '2027-03-05', 2, '2027-03-03T07:00:00Z'],
      [b.id, '2027-03-10T12:00', 7, '2027-03-03T07:00:00Z'],
      [e.id, '2027-03-06', 2, '2027-03-04T07:00:00Z'],
      [f.id, '2027-03-11', 7, '2027-03-04T07:00:00Z'],
      [a.id, '2027-03-05', 0, '2027-03-05T07:00:00Z'],
      [e.id, '2027-03-06', 0, '2027-03-05T07:00:00Z'],
      [f.id, '2027-03-12T15:00', 7, '2027-03-05T10:00:00Z'], // moved at 10:00 after its 7-day slot (08:00): sent late once
      [b.id, '2027-03-10T12:00', 2, '2027-03-08T07:00:00Z'],
      [b.id, '2027-03-10T12:00', 0, '2027-03-10T07:00:00Z'],
      [f.id, '2027-03-12T15:00', 2, '2027-03-10T07:00:00Z'],
      [f.id, '2027-03-12T15:00', 0, '2027-03-12T07:00:00Z'],
    ];
    const want = new Map(expected.map(([item, deadline, offset, at]) => [`${item}|${deadline}|${offset}`, [Date.parse(at)]]));
    expect(Object.fromEntries(receivedAt)).toEqual(Object.fromEntries(want));

    // the extension inbox: the admin gets everything, the member everything but the muted item B
    const inbox = async (memberId: string) => (await inboxSince(env.store.db, team.admin.team.id, memberId, 0, 1000)).alerts as { alert: { itemId: string; offset: number; deadline: { date: string } } }[];
    const adminInbox = await inbox(team.admin.member.id);
    const memberInbox = await inbox(team.member.member.id);
    expect(adminInbox).toHaveLength(expected.length);
    expect(memberInbox).toHaveLength(expected.filter(([item]) => item !== b.id).length);
    expect(memberInbox.some((x) => x.alert.itemId === b.id)).toBe(false);
    expect(new Set(adminInbox.map((x) => `${x.alert.itemId}|${x.alert.deadline.date}|${x.alert.offset}`)).size).toBe(expected.length);
  });
});
