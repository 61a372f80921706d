/**
 * One API contract (issue 12, item 1): the extension's clients parse the service's answers with the resources'
 * schemas in shared/api/ — the ones the service validates and documents with. The real service app answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, teamClient } from '../../../extension/lib/api.ts';
import { askService } from '../../../extension/lib/clip/pdf-clip.ts';
import { correctionsClient } from '../../../extension/lib/clip/send-corrections.ts';
import { DEFAULT_SETTINGS, settings } from '../../../extension/lib/store/settings.ts';
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

  it('takes the real service’s answers for alerts, channels, the VAPID key, the calendar feed and the team settings', async () => {
    const client = serviceClient('https://dienst.example', token, viaApp);
    expect(await client.alerts(0)).toEqual({ alerts: [], cursor: 0, more: false });
    const channel = await client.addChannel({ type: 'email', to: 'anna@stadt.example' });
    expect(channel).toMatchObject({ type: 'email', to: 'anna@stadt.example' });
    expect((await client.channels()).map((c) => c.id)).toEqual([channel.id]);
    expect(await client.vapidKey()).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await client.calendarFeed()).toMatch(/\/ics\/cwf_[\w-]+\.ics$/);
    const corrections = correctionsClient('https://dienst.example', token, viaApp);
    expect(await corrections.keepsCorrections()).toBe(true);
    expect(await corrections.setKeepCorrections(false)).toBe(false);
    expect(await corrections.setKeepCorrections(true)).toBe(true);
  });

  it('refuses alerts, channels, keys, feeds and settings outside the contract; keeps what an alert adds', async () => {
    const client = (body: unknown) => serviceClient('https://x.example', 't', answering(body));
    await expect(client({ alerts: [{ seq: 1, title: 'no id' }], cursor: 1, more: false }).alerts(0)).rejects.toThrow();
    await expect(client({ alerts: [], cursor: '1', more: false }).alerts(0)).rejects.toThrow();
    await expect(client({ channels: [{ id: 'c', type: 'email' }] }).channels()).rejects.toThrow();
    await expect(client({ id: 'c' }).addChannel({ type: 'email', to: 'a@b.example' })).rejects.toThrow();
    await expect(client({ key: 'abc' }).vapidKey()).rejects.toThrow();
    await expect(client({ href: 'https://x.example/feed.ics' }).calendarFeed()).rejects.toThrow();
    const settings = (body: unknown) => correctionsClient('https://x.example', 't', answering(body));
    await expect(settings({ keepCorrections: 'nein' }).keepsCorrections()).rejects.toThrow();
    expect(await settings({}).keepsCorrections()).toBe(true);
    // a digest's fields pass through; an older row without its url reads as none
    const digest = { seq: 3, createdAt: '2026-03-02T07:00:00.000Z', id: 'd1', title: 'Woche', body: '2 Fristen', tag: 'digest-2026-03-02', alert: { type: 'digest', weekOf: '2026-03-02', items: [] } };
    const inbox = await client({ alerts: [digest], cursor: 3, more: false }).alerts(0);
    expect(inbox.alerts).toEqual([{ ...digest, url: null }]);
  });

  it('reads a PDF’s answer with the extraction contract', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'https://x.example', token: 't' });
    expect(await askService({ url: 'https://x.example/a.pdf' }, answering({ items: [{ kind: 'call', title: 'Aufruf' }], diagnostics: [] }))).toEqual({ items: [{ kind: 'call', title: 'Aufruf' }] });
    expect(await askService({ url: 'https://x.example/a.pdf' }, answering({ items: 'none' }))).toEqual({ problem: 'HTTP 200' });
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
