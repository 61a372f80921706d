/**
 * One API contract (issue 12, item 1): the extension's clients parse the service's answers with the resources'
 * schemas in shared/api/ — the ones the service validates and documents with. The real service app answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, teamClient } from '../../../extension/lib/api.ts';
import { Clock } from '../../../shared/sync/hlc.ts';
import { testApi, type TestApi } from '../../service/helpers/api.ts';
import { openTestStore, type TestStore } from '../../service/helpers/store.ts';

let store: TestStore;
let api: TestApi;
let token: string;
const viaApp: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  return api.app.request(`${url.pathname}${url.search}`, init);
};
/** a service answering `body` to every call */
const answering =
  (body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeAll(async () => {
  store = await openTestStore('sqlite');
  api = await testApi(store);
  token = (await api.team()).token;
});
afterAll(async () => {
  await api.close();
  await store.dispose();
});

describe('the extension against the shared contract', () => {
  it('takes the real service’s answers for me, members, push and pull', async () => {
    const client = serviceClient('https://dienst.example', token, viaApp);
    const me = await client.me();
    expect(me.role).toBe('admin');
    expect((await client.members()).map((m) => m.id)).toEqual([me.member.id]);
    const itemId = crypto.randomUUID();
    const clientId = crypto.randomUUID();
    const hlc = new Clock(clientId, Date.now).now();
    const push = await client.push(clientId, [{ opId: crypto.randomUUID(), itemId, hlc, set: { kind: 'call', title: 'Aufruf' } }]);
    expect(push.results.map((r) => r.status)).toEqual(['applied']);
    const pull = await client.pull(0, 10);
    expect(pull.items.map((i) => i.id)).toEqual([itemId]);
    const team = teamClient('https://dienst.example', token, viaApp);
    const added = await team.addMember('Clara', 'viewer');
    expect(added.member.role).toBe('viewer');
    expect((await team.setRole(added.member.id, 'member')).role).toBe('member');
  });

  it('refuses answers outside the contract', async () => {
    await expect(serviceClient('https://x.example', 't', answering({ member: { id: 'm', name: 'M', role: 'owner' }, team: { id: 't', name: 'T' }, role: 'owner' })).me()).rejects.toThrow();
    await expect(serviceClient('https://x.example', 't', answering([{ id: 'm', name: 'M', role: 'member' }])).members()).rejects.toThrow();
    await expect(serviceClient('https://x.example', 't', answering({ items: [{ title: 'no id' }], cursor: 1, more: false })).pull(0, 10)).rejects.toThrow();
    await expect(teamClient('https://x.example', 't', answering({ member: { id: 'm', name: 'M', role: 'member' }, token: '' })).addMember('M', 'member')).rejects.toThrow();
  });

  it('takes a profile it cannot read (dropped alone later), not an entry without its host', async () => {
    const entry = { host: 'land.example', profile: { garbled: true }, fields: [], corrections: 1, updatedAt: '2026-03-01T08:00:00.000Z', lastUsedAt: null, rev: 4 };
    const client = (body: unknown) => serviceClient('https://x.example', 't', answering(body));
    expect((await client({ profiles: [entry], cursor: 4, more: false }).profiles!(0)).profiles).toEqual([entry]);
    const { host: _host, ...withoutHost } = entry;
    await expect(client({ profiles: [withoutHost], cursor: 4, more: false }).profiles!(0)).rejects.toThrow();
  });

  it('takes what an older service answers: no serverTime, a refusal as an envelope', async () => {
    const reply = { results: [{ opId: 'o1', status: 'rejected', error: { code: 'validation', message: 'title' } }], cursor: 2 };
    expect(await serviceClient('https://x.example', 't', answering(reply)).push('c', [])).toEqual(reply);
    expect(await serviceClient('https://x.example', 't', answering({ items: [], cursor: 0, more: false })).pull(0, 10)).toEqual({ items: [], cursor: 0, more: false });
  });
});
