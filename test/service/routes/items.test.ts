import { describe, expect, it } from 'vitest';
import { uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('items routes on %s', (dialect) => {
  const api = useTestApi(dialect);

  it('creates, reads, lists, patches and deletes an item', async () => {
    const admin = await api.team();
    const created = await api.call('POST', '/api/v1/items', {
      token: admin.token,
      body: { kind: 'call', title: 'Nakopa 2027', deadlines: [{ date: '2027-03-31', label: 'Antrag', kind: 'application' }], tags: ['EU'] },
    });
    expect(created.status).toBe(201);
    const item = await created.json();
    expect(item).toMatchObject({ kind: 'call', title: 'Nakopa 2027', status: 'new', watch: true, deleted: false, origin: 'clip', createdBy: admin.memberId, rev: 1 });
    expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // uuid v7 made by the server

    const got = await api.call('GET', `/api/v1/items/${item.id}`, { token: admin.token });
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual(item);

    const patched = await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { status: 'applying', notes: 'Ratsbeschluss nötig' } });
    expect(patched.status).toBe(200);
    const after = await patched.json();
    expect(after).toMatchObject({ status: 'applying', notes: 'Ratsbeschluss nötig', title: 'Nakopa 2027', rev: 2 });

    const list = await api.call('GET', '/api/v1/items', { token: admin.token });
    expect((await list.json()).items.map((i: { id: string }) => i.id)).toEqual([item.id]);

    const deleted = await api.call('DELETE', `/api/v1/items/${item.id}`, { token: admin.token });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    await expectError(await api.call('GET', `/api/v1/items/${item.id}`, { token: admin.token }), 404);
    expect((await (await api.call('GET', '/api/v1/items', { token: admin.token })).json()).items).toEqual([]);
    // the tombstone is visible in pull, with all its fields
    const pulled = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: admin.token })).json();
    expect(pulled.items).toEqual([{ ...after, deleted: true, rev: 3, updatedAt: expect.any(String) }]);
    await expectError(await api.call('DELETE', `/api/v1/items/${item.id}`, { token: admin.token }), 404);
    await expectError(await api.call('PATCH', `/api/v1/items/${item.id}`, { token: admin.token, body: { notes: 'x' } }), 404);
  });

  it('takes a client-given id and answers 409 when it is taken', async () => {
    const admin = await api.team();
    const id = uuid();
    const first = await api.call('POST', '/api/v1/items', { token: admin.token, body: { id, kind: 'event', title: 'Netzwerktreffen' } });
    expect(first.status).toBe(201);
    expect((await first.json()).id).toBe(id);
    await expectError(await api.call('POST', '/api/v1/items', { token: admin.token, body: { id, kind: 'event', title: 'again' } }), 409);
  });

  it('lets members write and refuses viewers with 403', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    const viewer = await admin.add('viewer');
    const created = await api.call('POST', '/api/v1/items', { token: member.token, body: { kind: 'call', title: 'by member' } });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect((await api.call('GET', `/api/v1/items/${id}`, { token: viewer.token })).status).toBe(200);
    expect((await api.call('GET', '/api/v1/items', { token: viewer.token })).status).toBe(200);
    expect((await expectError(await api.call('POST', '/api/v1/items', { token: viewer.token, body: { kind: 'call', title: 'x' } }), 403)).code).toBe('forbidden');
    await expectError(await api.call('PATCH', `/api/v1/items/${id}`, { token: viewer.token, body: { status: 'done' } }), 403);
    await expectError(await api.call('DELETE', `/api/v1/items/${id}`, { token: viewer.token }), 403);
    expect((await (await api.call('GET', `/api/v1/items/${id}`, { token: admin.token })).json()).status).toBe('new');
  });

  it('answers 404 for unknown ids and 400 for ids that are not UUIDs', async () => {
    const admin = await api.team();
    await expectError(await api.call('GET', `/api/v1/items/${uuid()}`, { token: admin.token }), 404);
    await expectError(await api.call('PATCH', `/api/v1/items/${uuid()}`, { token: admin.token, body: { notes: 'x' } }), 404);
    await expectError(await api.call('DELETE', `/api/v1/items/${uuid()}`, { token: admin.token }), 404);
    expect(await failingFields(await api.call('GET', '/api/v1/items/not-a-uuid', { token: admin.token }))).toEqual(['id']);
    expect(await failingFields(await api.call('DELETE', "/api/v1/items/1'%20OR%201=1", { token: admin.token }))).toEqual(['id']);
  });

  it('refuses bad bodies with 400 naming the failing fields, and changes nothing', async () => {
    const admin = await api.team();
    const post = (body: unknown) => api.call('POST', '/api/v1/items', { token: admin.token, body });
    expect(await failingFields(await post({ title: 'no kind' }))).toEqual(['kind']);
    expect(await failingFields(await post({ kind: 'grant', title: 'x' }))).toEqual(['kind']);
    expect(await failingFields(await post({ kind: 'call', title: 42 }))).toEqual(['title']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', rev: 9 }))).toEqual(['rev']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', origin: 'source:x' }))).toEqual(['origin']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', colour: 'red' }))).toEqual(['colour']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', deadlines: [{ date: '2027-02-30', label: 'A', kind: 'application' }] }))).toEqual(['deadlines.0.date']);
    expect(await failingFields(await post({ kind: 'event', title: 'x', start: '2027-01-01T25:00' }))).toEqual(['start']);
    expect(await failingFields(await post({ kind: 'call', title: 'x'.repeat(501) }))).toEqual(['title']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', notes: 'n'.repeat(20_001) }))).toEqual(['notes']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', url: 'javascript:alert(1)' }))).toEqual(['url']);
    expect(await failingFields(await post({ kind: 'call', title: 'x', tags: ['t'.repeat(61)] }))).toEqual(['tags.0']);
    expect(await failingFields(await post(JSON.parse('{"kind":"call","title":"x","__proto__":{"admin":true}}')))).toEqual(['__proto__']);
    expect(await failingFields(await post([{ kind: 'call', title: 'x' }]))).toContain('kind');
    expect(await failingFields(await post(null))).toEqual(['']);
    expect(await failingFields(await post({ id: 'nope', kind: 'call', title: 'x' }))).toEqual(['id']);
    await expectError(await api.call('POST', '/api/v1/items', { token: admin.token, raw: '{"kind":"call",' }), 400);
    await expectError(await api.call('POST', '/api/v1/items', { token: admin.token, raw: '' }), 400);

    const { id } = await (await post({ kind: 'call', title: 'keep me' })).json();
    const patch = (body: unknown) => api.call('PATCH', `/api/v1/items/${id}`, { token: admin.token, body });
    expect(await failingFields(await patch({}))).toEqual(['']);
    expect(await failingFields(await patch({ id: uuid() }))).toEqual(['id']);
    expect(await failingFields(await patch({ updatedAt: '2020-01-01' }))).toEqual(['updatedAt']);
    expect(await failingFields(await patch({ status: 'archived', watch: 'yes' }))).toEqual(['status', 'watch']);
    expect((await (await api.call('GET', `/api/v1/items/${id}`, { token: admin.token })).json()).rev).toBe(1);
    expect((await (await api.call('GET', '/api/v1/items', { token: admin.token })).json()).items).toHaveLength(1);
  });

  it('stores and returns HTML and script in text fields verbatim, as JSON text', async () => {
    const admin = await api.team();
    const hostile = {
      kind: 'call',
      title: '<script>alert("x")</script> Förderaufruf',
      summary: '<img src=x onerror=alert(1)> & </textarea>',
      notes: '"]}\u2028{"',
      organizer: "<b>Stadt</b>'s",
    } as const;
    const res = await api.call('POST', '/api/v1/items', { token: admin.token, body: hostile });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const item = await res.json();
    expect(item).toMatchObject(hostile);
    const again = await (await api.call('GET', `/api/v1/items/${item.id}`, { token: admin.token })).json();
    expect(again).toMatchObject(hostile);
  });
});
