import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../service/items/history.ts';
import { hlcAt, uuid } from '../helpers/api.ts';
import { expectError } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('GET /api/v1/items/:id/history on %s', (dialect) => {
  let wall = Date.UTC(2026, 10, 22, 12);
  const api = useTestApi(dialect, { now: () => wall });
  const tick = () => (wall += 1000);
  const push = (token: string, clientId: string, ops: unknown[]) => api.call('POST', '/api/v1/sync/push', { token, body: { clientId, ops } });
  const history = async (token: string, id: string) => {
    const res = await api.call('GET', `/api/v1/items/${id}/history`, { token });
    expect(res.status).toBe(200);
    return (await res.json()) as { entries: { at: string; memberId: string | null; memberName: string | null; fields: string[]; origin: string }[] };
  };

  it('names who changed which fields when, newest first — pushes and REST edits alike, unchanged values left out', async () => {
    const admin = await api.team();
    const clara = await admin.add('member', 'Clara Weber');
    const itemId = uuid();
    const client = uuid();
    tick();
    const created = new Date(wall).toISOString();
    await push(admin.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(wall, client), set: { kind: 'call', title: 'Nakopa', notes: 'a' } }]);
    tick();
    const edited = new Date(wall).toISOString();
    const other = uuid();
    await push(clara.token, other, [{ opId: uuid(), itemId, hlc: hlcAt(wall, other), set: { title: 'Nakopa 2027', notes: 'a', location: 'Detmold' } }]);
    // an op that sets only the value already there changes nothing: no entry
    tick();
    await push(clara.token, other, [{ opId: uuid(), itemId, hlc: hlcAt(wall, other), set: { notes: 'a' } }]);
    tick();
    const patched = new Date(wall).toISOString();
    expect((await api.call('PATCH', `/api/v1/items/${itemId}`, { token: clara.token, body: { status: 'applying' } })).status).toBe(200);

    const viewer = await admin.add('viewer', 'Vera');
    expect(await history(viewer.token, itemId)).toEqual({
      entries: [
        { at: patched, memberId: clara.memberId, memberName: 'Clara Weber', fields: ['status'], origin: 'clip' },
        { at: edited, memberId: clara.memberId, memberName: 'Clara Weber', fields: ['title', 'location'], origin: 'clip' },
        { at: created, memberId: admin.memberId, memberName: 'Admin', fields: ['kind', 'title', 'notes'], origin: 'clip' },
      ],
    });
  });

  it('keeps the history of a deleted item and the name of a revoked member; delete and undo show as "deleted"', async () => {
    const admin = await api.team();
    const clara = await admin.add('member', 'Clara');
    const itemId = uuid();
    const client = uuid();
    await push(clara.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { kind: 'event', title: 'Treffen' } }]);
    await push(clara.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { deleted: true } }]);
    await push(clara.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { deleted: false } }]);
    await push(clara.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { deleted: true } }]);
    expect((await api.call('DELETE', `/api/v1/members/${clara.memberId}`, { token: admin.token })).status).toBe(204);
    const { entries } = await history(admin.token, itemId);
    expect(entries.map((e) => [e.memberName, e.fields])).toEqual([
      ['Clara', ['deleted']],
      ['Clara', ['deleted']],
      ['Clara', ['deleted']],
      ['Clara', ['kind', 'title']],
    ]);
  });

  it("answers 404 for another team's item and unknown ids, 400 for a malformed id, 401 without a token", async () => {
    const ours = await api.team();
    const theirs = await api.team('Andere');
    const itemId = uuid();
    const client = uuid();
    await push(theirs.token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'Geheim' } }]);
    await expectError(await api.call('GET', `/api/v1/items/${itemId}/history`, { token: ours.token }), 404);
    await expectError(await api.call('GET', `/api/v1/items/${uuid()}/history`, { token: ours.token }), 404);
    await expectError(await api.call('GET', '/api/v1/items/nope/history', { token: ours.token }), 400);
    await expectError(await api.call('GET', `/api/v1/items/${itemId}/history`), 401);
    expect((await history(theirs.token, itemId)).entries).toHaveLength(1);
  });

  it(`answers the newest ${HISTORY_LIMIT} changes at most`, async () => {
    const { token } = await api.team();
    const itemId = uuid();
    const client = uuid();
    const ops = [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'T0' } }];
    for (let n = 1; n <= HISTORY_LIMIT + 4; n++) ops.push({ opId: uuid(), itemId, hlc: hlcAt(wall, client, n), set: { title: `T${n}` } as never });
    expect((await push(token, client, ops)).status).toBe(200);
    const { entries } = await history(token, itemId);
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries.every((e) => e.fields.join() === 'title')).toBe(true);
  });
});
