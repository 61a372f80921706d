/**
 * The service's clock is per team and a fast member wins for 5 minutes at most (DESIGN.md "Sync protocol"; issue 15,
 * item 2): a member's op 23 h 50 min ahead once moved the one clock of the service, and from then on every REST,
 * import and scrape write of every team was stamped a day ahead, so clients' later edits silently lost.
 */
import { describe, expect, it } from 'vitest';
import { parseHlc } from '../../shared/sync/hlc.ts';
import { createMemoryNotifier } from '../../service/notifier.ts';
import { importWatchlist } from '../../service/items/transfer.ts';
import { hlcAt, testApi, uuid } from './helpers/api.ts';
import { DIALECTS } from './helpers/store.ts';
import { useTestApi } from './helpers/suite.ts';

const MINUTE = 60_000;

describe.each(DIALECTS)("the service's clock per team on %s", (dialect) => {
  let wall = Date.UTC(2026, 10, 22, 12);
  const api = useTestApi(dialect, { now: () => wall });

  const push = async (token: string, clientId: string, ops: unknown[]) =>
    (await api.call('POST', '/api/v1/sync/push', { token, body: { clientId, ops } })).json();
  const titleOf = async (token: string, itemId: string) => (await (await api.call('GET', `/api/v1/items/${itemId}`, { token })).json()).title;
  /** the ms part of every hlc stored for an item */
  const stampsOf = async (itemId: string) => {
    const row = await api.store.db.selectFrom('items').select('hlcs').where('id', '=', itemId).executeTakeFirstOrThrow();
    return Object.values(JSON.parse(row.hlcs) as Record<string, string>).map((hlc) => parseHlc(hlc)?.ms ?? Number.NaN);
  };
  const restCreate = async (token: string, title: string) =>
    (await (await api.call('POST', '/api/v1/items', { token, body: { kind: 'call', title } })).json()) as { id: string };
  /** a minute later: teams A and B, and a fast member's client in A about to create an item */
  const twoTeams = async () => {
    wall += MINUTE;
    return { a: await api.team('A'), b: await api.team('B'), fast: uuid(), itemA: uuid() };
  };

  it("refuses team A's op 23 h 50 min ahead (the old 24 h rule let it through) and team B's later edits still win", async () => {
    const { a, b, fast, itemA } = await twoTeams();
    const far = { opId: uuid(), itemId: itemA, hlc: hlcAt(wall + 23 * 60 * MINUTE + 50 * MINUTE, fast), set: { kind: 'call', title: 'morgen' } };
    expect((await push(a.token, fast, [far])).results).toEqual([
      { opId: far.opId, status: 'rejected', error: 'hlc: liegt mehr als 5 Minuten vor der Uhr des Dienstes (bitte die Uhr des Geräts prüfen)' },
    ]);
    // the attack of the issue goes on with a REST edit of the item: there is none to edit
    expect((await api.call('PATCH', `/api/v1/items/${itemA}`, { token: a.token, body: { notes: 'x' } })).status).toBe(404);

    const own = await restCreate(b.token, 'Aufruf B');
    expect(await stampsOf(own.id)).toEqual([wall, wall]);
    const client = uuid();
    const edit = { opId: uuid(), itemId: own.id, hlc: hlcAt(wall + 1000, client), set: { title: 'Aufruf B, korrigiert' } };
    expect((await push(b.token, client, [edit])).results[0].status).toBe('applied');
    expect(await titleOf(b.token, own.id)).toBe('Aufruf B, korrigiert');
  });

  it("accepts an op 4 minutes ahead; team B's REST and import writes keep B's own clock", async () => {
    const { a, b, fast, itemA } = await twoTeams();
    const ahead = { opId: uuid(), itemId: itemA, hlc: hlcAt(wall + 4 * MINUTE, fast), set: { kind: 'call', title: 'schnell' } };
    expect((await push(a.token, fast, [ahead])).results).toEqual([{ opId: ahead.opId, status: 'applied' }]);
    // a REST edit of A's item orders after the fast op (it saw it), and moves A's clock only
    expect((await api.call('PATCH', `/api/v1/items/${itemA}`, { token: a.token, body: { title: 'von Hand' } })).status).toBe(200);
    expect(await titleOf(a.token, itemA)).toBe('von Hand');
    const aLater = await restCreate(a.token, 'A, danach');
    expect(Math.min(...(await stampsOf(aLater.id)))).toBeGreaterThanOrEqual(wall + 4 * MINUTE);

    // team B: REST writes are stamped with B's clock, so a B member's edit a second later wins
    const ownB = await restCreate(b.token, 'Aufruf B');
    expect(await stampsOf(ownB.id)).toEqual([wall, wall]);
    const client = uuid();
    const edit = { opId: uuid(), itemId: ownB.id, hlc: hlcAt(wall + 1000, client), set: { title: 'B, eine Sekunde später' } };
    expect((await push(b.token, client, [edit])).results[0].status).toBe('applied');
    expect(await titleOf(b.token, ownB.id)).toBe('B, eine Sekunde später');

    // an import into B is stamped with B's clock too: past B's member's op, nowhere near A's
    const deps = { db: api.store.db, now: () => wall, notifier: createMemoryNotifier() };
    const imported = uuid();
    expect(await importWatchlist(deps, b.teamId, [{ id: imported, kind: 'event', title: 'importiert' }])).toMatchObject({ created: 1 });
    expect(await stampsOf(imported)).toEqual([wall + 1000, wall + 1000]);
  });

  it("lets a colleague's later edit win over a fast member once the clock has caught up", async () => {
    wall += MINUTE;
    const team = await api.team('Kreis');
    const colleague = await team.add('member', 'Kollegin');
    const fastClient = uuid();
    const colleagueClient = uuid();
    const itemId = uuid();
    const create = { opId: uuid(), itemId, hlc: hlcAt(wall, colleagueClient), set: { kind: 'call', title: 'Aufruf' } };
    await push(colleague.token, colleagueClient, [create]);

    // 10 minutes fast: refused outright (under the 24 h rule it won over everyone's edits for 10 minutes)
    const tooFast = { opId: uuid(), itemId, hlc: hlcAt(wall + 10 * MINUTE, fastClient), set: { title: 'zehn Minuten vor' } };
    expect((await push(team.token, fastClient, [tooFast])).results[0].status).toBe('rejected');
    expect(await titleOf(team.token, itemId)).toBe('Aufruf');

    // 4 minutes fast: accepted, and it wins over a colleague's edit made a minute later…
    const fast = { opId: uuid(), itemId, hlc: hlcAt(wall + 4 * MINUTE, fastClient), set: { title: 'vier Minuten vor' } };
    expect((await push(team.token, fastClient, [fast])).results[0].status).toBe('applied');
    wall += MINUTE;
    await push(colleague.token, colleagueClient, [{ opId: uuid(), itemId, hlc: hlcAt(wall, colleagueClient), set: { title: 'eine Minute später' } }]);
    expect(await titleOf(team.token, itemId)).toBe('vier Minuten vor');

    // …but only until the wall clock has caught up with it
    wall += 3 * MINUTE + 1;
    await push(colleague.token, colleagueClient, [{ opId: uuid(), itemId, hlc: hlcAt(wall, colleagueClient), set: { title: 'danach' } }]);
    expect(await titleOf(team.token, itemId)).toBe('danach');
  });

  it('keeps the clock in the team row: another instance (or a restart) with its wall clock behind stamps after it, per team', async () => {
    const { a, b, fast } = await twoTeams();
    await push(a.token, fast, [{ opId: uuid(), itemId: uuid(), hlc: hlcAt(wall + 4 * MINUTE, fast), set: { kind: 'call', title: 'schnell' } }]);

    const behind = wall - 30_000;
    const second = await testApi(api.store, { now: () => behind });
    try {
      const call = (token: string, title: string) => second.call('POST', '/api/v1/items', { token, body: { kind: 'call', title } });
      const inA = (await (await call(a.token, 'A, zweite Instanz')).json()) as { id: string };
      expect(Math.min(...(await stampsOf(inA.id)))).toBeGreaterThanOrEqual(wall + 4 * MINUTE);
      const inB = (await (await call(b.token, 'B, zweite Instanz')).json()) as { id: string };
      expect(await stampsOf(inB.id)).toEqual([behind, behind]);
    } finally {
      await second.close();
    }
  });

  it('orders a REST edit after an item stamped a day ahead under the old rule, without moving the team clock there', async () => {
    wall += MINUTE;
    const team = await api.team('Altbestand');
    const old = await restCreate(team.token, 'von gestern');
    const dayAhead = hlcAt(wall + 20 * 60 * MINUTE, uuid());
    await api.store.db.updateTable('items').set({ hlcs: JSON.stringify({ kind: dayAhead, title: dayAhead }) }).where('id', '=', old.id).execute();

    expect((await api.call('PATCH', `/api/v1/items/${old.id}`, { token: team.token, body: { title: 'heute' } })).status).toBe(200);
    expect(await titleOf(team.token, old.id)).toBe('heute');
    const next = await restCreate(team.token, 'danach');
    expect(await stampsOf(next.id)).toEqual([wall, wall]);
  });
});
