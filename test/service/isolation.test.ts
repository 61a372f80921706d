import { describe, expect, it } from 'vitest';
import { hlcAt, uuid } from './helpers/api.ts';
import { expectError } from './helpers/expect.ts';
import { DIALECTS } from './helpers/store.ts';
import { useTestApi } from './helpers/suite.ts';

describe.each(DIALECTS)('team isolation on %s', (dialect) => {
  const api = useTestApi(dialect);

  it('no token of one team can read, change, pull or push into another team’s items', async () => {
    const a = await api.team('A');
    const aMember = await a.add('member');
    const b = await api.team('B');
    const intruders = [b, await b.add('member'), await b.add('viewer')];

    const clientA = uuid();
    const opA = { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), clientA), set: { kind: 'call', title: 'A secret', notes: 'intern' } };
    await api.call('POST', '/api/v1/sync/push', { token: a.token, body: { clientId: clientA, ops: [opA] } });
    const restA = await (await api.call('POST', '/api/v1/items', { token: aMember.token, body: { kind: 'event', title: 'A event' } })).json();
    // the team's state: the pull answer without the service's time of answering
    const snapshot = async () => {
      const { serverTime: _, ...state } = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: a.token })).json();
      return state;
    };
    const before = await snapshot();
    expect(before.items).toHaveLength(2);

    for (const intruder of intruders) {
      for (const id of [opA.itemId, restA.id]) {
        await expectError(await api.call('GET', `/api/v1/items/${id}`, { token: intruder.token }), 404);
        const patch = await api.call('PATCH', `/api/v1/items/${id}`, { token: intruder.token, body: { title: 'pwned' } });
        expect([403, 404]).toContain(patch.status);
        const del = await api.call('DELETE', `/api/v1/items/${id}`, { token: intruder.token });
        expect([403, 404]).toContain(del.status);
        const post = await api.call('POST', '/api/v1/items', { token: intruder.token, body: { id, kind: 'call', title: 'pwned' } });
        expect([403, 409]).toContain(post.status);
      }
      expect((await (await api.call('GET', '/api/v1/items', { token: intruder.token })).json()).items).toEqual([]);
      const pulled = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: intruder.token })).json();
      expect(pulled.items.every((i: { id: string }) => i.id !== opA.itemId && i.id !== restA.id)).toBe(true);
      const members = await (await api.call('GET', '/api/v1/members', { token: intruder.token })).json();
      expect(members.members.map((m: { id: string }) => m.id)).not.toContain(a.memberId);
      const revoke = await api.call('DELETE', `/api/v1/members/${aMember.memberId}`, { token: intruder.token });
      expect([403, 404]).toContain(revoke.status);
    }

    // pushes naming A's items are rejected and touch nothing there
    const clientB = uuid();
    const push = await api.call('POST', '/api/v1/sync/push', {
      token: b.token,
      body: {
        clientId: clientB,
        ops: [
          { opId: uuid(), itemId: opA.itemId, hlc: hlcAt(Date.now() + 1000, clientB), set: { title: 'pwned' } },
          { opId: uuid(), itemId: restA.id, hlc: hlcAt(Date.now() + 1000, clientB), set: { kind: 'call', title: 'pwned', deleted: true } },
          // A's opId, replayed by B: B's own op namespace, so it is B's new item, not a "duplicate" of A's
          { opId: opA.opId, itemId: uuid(), hlc: hlcAt(Date.now() + 1000, clientB), set: { kind: 'call', title: 'B own' } },
        ],
      },
    });
    const { results } = await push.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(await snapshot()).toEqual(before);
    expect((await api.call('GET', '/api/v1/me', { token: aMember.token })).status).toBe(200);
  });
});
