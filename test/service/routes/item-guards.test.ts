/** Issue 15, item 7: an assignee is a member of the team; member names carry no bidirectional overrides. */
import { describe, expect, it } from 'vitest';
import { hlcAt, uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('item and member guards on %s', (dialect) => {
  const api = useTestApi(dialect);

  it('refuses an assignee who is not a member of the team: 400 through REST, a rejected op through push', async () => {
    const admin = await api.team('Rathaus');
    const colleague = await admin.add('member', 'Anna');
    const stranger = await (await api.team('Andere')).add('member', 'Fremd');
    const gone = await admin.add('member', 'Ehemalig');
    await api.call('DELETE', `/api/v1/members/${gone.memberId}`, { token: admin.token });

    for (const assignee of [stranger.memberId, gone.memberId, uuid(), 'anna']) {
      expect(await failingFields(await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'call', title: 'x', assignee } }))).toEqual(['assignee']);
    }
    const item = await (await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'call', title: 'Aufruf', assignee: colleague.memberId } })).json();
    expect(item.assignee).toBe(colleague.memberId);
    expect(await failingFields(await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { assignee: stranger.memberId } }))).toEqual(['assignee']);
    expect((await (await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { assignee: null } })).json()).assignee).toBeNull();

    const clientId = uuid();
    const ops = [
      { opId: uuid(), itemId: item.id, hlc: hlcAt(Date.now(), clientId), set: { assignee: stranger.memberId } },
      { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), clientId), set: { kind: 'call', title: 'neu', assignee: stranger.memberId } },
      { opId: uuid(), itemId: item.id, hlc: hlcAt(Date.now() + 1, clientId), set: { assignee: colleague.memberId } },
    ];
    const pushed = await (await api.call('POST', '/api/v1/sync/push', { token: colleague.token, body: { clientId, ops } })).json();
    expect(pushed.results.map((r: { status: string; error?: string }) => [r.status, r.error])).toEqual([
      ['rejected', 'assignee: muss ein Mitglied des Teams sein'],
      ['rejected', 'assignee: muss ein Mitglied des Teams sein'],
      ['applied', undefined],
    ]);
    const items = (await (await api.call('GET', '/api/v1/items', { token: admin.token })).json()).items;
    expect(items.map((i: { title: string; assignee: string | null }) => [i.title, i.assignee])).toEqual([['Aufruf', colleague.memberId]]);
  });

  it('answers a create with another team\'s item id exactly as with the team\'s own taken id, and touches nothing', async () => {
    const mine = await api.team('Mein Team');
    const theirs = await api.team('Andere');
    const own = await (await api.call('POST', '/api/v1/items', { token: mine.token, body: { kind: 'call', title: 'meins' } })).json();
    const gone = await (await api.call('POST', '/api/v1/items', { token: mine.token, body: { kind: 'call', title: 'weg' } })).json();
    await api.call('DELETE', `/api/v1/items/${gone.id}`, { token: mine.token });
    const foreign = await (await api.call('POST', '/api/v1/items', { token: theirs.token, body: { kind: 'call', title: 'fremd' } })).json();
    const answer = async (id: string) => {
      const res = await api.call('POST', '/api/v1/items', { token: mine.token, body: { id, kind: 'event', title: 'Versuch' } });
      const { error } = await res.json();
      return { status: res.status, code: error.code, message: error.message };
    };
    const expected = await answer(own.id);
    expect(expected.status).toBe(409);
    expect(await answer(gone.id)).toEqual(expected);
    expect(await answer(foreign.id)).toEqual(expected);
    await expectError(await api.call('GET', `/api/v1/items/${foreign.id}`, { token: mine.token }), 404);
    const untouched = await (await api.call('GET', `/api/v1/items/${foreign.id}`, { token: theirs.token })).json();
    expect(untouched).toEqual(foreign);
  });

  it('refuses member names with bidirectional overrides or isolates', async () => {
    const admin = await api.team();
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const res = await api.call('POST', '/api/v1/members', { token: admin.token, body: { name: `Anna${mark}nimdA` } });
      expect(await failingFields(res)).toEqual(['name']);
    }
    const ok = await api.call('POST', '/api/v1/members', { token: admin.token, body: { name: 'Zoë Müller-Lüdenscheidt' } });
    expect(ok.status).toBe(201);
    await expectError(await api.call('POST', '/api/v1/members', { token: admin.token, body: { name: '\u202eevil' } }), 400);
  });
});
