import { describe, expect, it } from 'vitest';
import { hlcAt, uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('sync routes on %s', (dialect) => {
  let wall = Date.UTC(2026, 10, 22, 12);
  const api = useTestApi(dialect, { now: () => wall });

  const pushAs = (token: string, clientId: string, ops: unknown[], headers?: Record<string, string>) =>
    api.call('POST', '/api/v1/sync/push', { token, body: { clientId, ops }, headers });
  const pullAs = async (token: string, query = 'since=0') => (await api.call('GET', `/api/v1/sync/pull?${query}`, { token })).json();
  const tick = () => (wall += 1000);

  it('creates an item by op, merges field by field and answers per op after commit', async () => {
    const { token, memberId } = await api.team();
    const client = uuid();
    const itemId = uuid();
    const create = { opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'Nakopa', notes: 'a' } };
    const res = await pushAs(token, client, [create]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ results: [{ opId: create.opId, status: 'applied' }], cursor: 1, serverTime: new Date(wall).toISOString() });

    // two clients edit different fields offline: both edits survive
    const other = uuid();
    const older = { opId: uuid(), itemId, hlc: hlcAt(wall + 10, other), set: { status: 'watching' } };
    const newer = { opId: uuid(), itemId, hlc: hlcAt(wall + 20, client), set: { notes: 'b' } };
    expect((await (await pushAs(token, client, [newer])).json()).cursor).toBe(2);
    expect((await (await pushAs(token, other, [older])).json()).cursor).toBe(3);
    // an op older than the stored field loses that field, but is still applied (nothing else to change → no rev)
    const stale = { opId: uuid(), itemId, hlc: hlcAt(wall + 5, other), set: { notes: 'stale' } };
    expect(await (await pushAs(token, other, [stale])).json()).toEqual({ results: [{ opId: stale.opId, status: 'applied' }], cursor: 3, serverTime: new Date(wall).toISOString() });

    tick();
    const pulled = await pullAs(token);
    expect(pulled).toMatchObject({ cursor: 3, more: false, serverTime: new Date(wall).toISOString() });
    expect(pulled.items).toHaveLength(1);
    expect(pulled.items[0]).toMatchObject({ id: itemId, title: 'Nakopa', notes: 'b', status: 'watching', rev: 3, createdBy: memberId, origin: 'clip' });
  });

  it('answers duplicate for a replayed op and refuses a reused opId with other content', async () => {
    const { token } = await api.team();
    const client = uuid();
    const op = { opId: uuid(), itemId: uuid(), hlc: hlcAt(tick(), client), set: { kind: 'event', title: 'Treffen' } };
    await pushAs(token, client, [op]);
    const replay = await (await pushAs(token, client, [op, op])).json();
    expect(replay.results).toEqual([
      { opId: op.opId, status: 'duplicate' },
      { opId: op.opId, status: 'duplicate' },
    ]);
    const reused = await (await pushAs(token, client, [{ ...op, set: { kind: 'event', title: 'Anders' } }])).json();
    expect(reused.results[0]).toMatchObject({ opId: op.opId, status: 'rejected', error: expect.any(String) });
    const pulled = await pullAs(token);
    expect(pulled.items.map((i: { title: string; rev: number }) => [i.title, i.rev])).toEqual([['Treffen', 1]]);
  });

  it('rejects an invalid op with its reason while applying the valid ops of the same push', async () => {
    const { token } = await api.team();
    const client = uuid();
    const good1 = { opId: uuid(), itemId: uuid(), hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'eins' } };
    const good2 = { opId: uuid(), itemId: uuid(), hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'zwei' } };
    const bad = [
      { opId: uuid(), itemId: uuid(), hlc: hlcAt(wall, client), set: { title: 'no kind' } }, // creation needs kind + title
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, client), set: { rev: 7 } },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, client), set: {} },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, client), set: { title: 'x', createdAt: '2020' } },
      { opId: uuid(), itemId: 'not-a-uuid', hlc: hlcAt(wall, client), set: { title: 'x' } },
      { opId: uuid(), itemId: good1.itemId, hlc: 'yesterday', set: { title: 'x' } },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall + 25 * 3600_000, client), set: { title: 'from the future' } },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, uuid()), set: { title: 'not my hlc' } },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, client), set: { deadlines: [{ date: '2027-02-30', label: 'A', kind: 'other' }] } },
      { opId: uuid(), itemId: good1.itemId, hlc: hlcAt(wall, client), set: { title: 'x' }, extra: true },
      { opId: 'nope', itemId: good1.itemId, hlc: hlcAt(wall, client), set: { title: 'x' } },
      'not an op',
      null,
    ];
    const res = await pushAs(token, client, [good1, ...bad, good2]);
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toHaveLength(bad.length + 2);
    expect(results[0]).toEqual({ opId: good1.opId, status: 'applied' });
    expect(results.at(-1)).toEqual({ opId: good2.opId, status: 'applied' });
    for (const result of results.slice(1, -1)) {
      expect(result.status).toBe('rejected');
      expect(result.error).toEqual(expect.any(String));
    }
    expect(results[1].opId).toBe(bad[0] && (bad[0] as { opId: string }).opId);
    expect(results.at(-3).opId).toBeNull();
    expect(results.at(-4).opId).toBe('nope');
    const pulled = await pullAs(token);
    expect(pulled.items.map((i: { title: string }) => i.title)).toEqual(['eins', 'zwei']);
  });

  it('accepts an hlc up to 5 minutes ahead of the server clock and refuses one beyond', async () => {
    const { token } = await api.team();
    const client = uuid();
    const edge = { opId: uuid(), itemId: uuid(), hlc: hlcAt(wall + 5 * 60_000, client), set: { kind: 'call', title: 'ahead' } };
    const beyond = { opId: uuid(), itemId: uuid(), hlc: hlcAt(wall + 5 * 60_000 + 1, client), set: { kind: 'call', title: 'too far' } };
    const { results } = await (await pushAs(token, client, [edge, beyond])).json();
    expect(results).toEqual([
      { opId: edge.opId, status: 'applied' },
      { opId: beyond.opId, status: 'rejected', error: 'hlc: liegt mehr als 5 Minuten vor der Uhr des Dienstes (bitte die Uhr des Geräts prüfen)' },
    ]);
  });

  it("says why an op was rejected in the client's language (German unless it asks for English)", async () => {
    const { token } = await api.team();
    const client = uuid();
    const untitled = () => ({ opId: uuid(), itemId: uuid(), hlc: hlcAt(tick(), client), set: { notes: 'ohne Titel' } });
    const tooLong = () => ({ opId: uuid(), itemId: uuid(), hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'x'.repeat(501) } });
    const german = await pushAs(token, client, [untitled(), tooLong()]);
    expect(german.headers.get('Content-Language')).toBe('de');
    expect((await german.json()).results.map((r: { error?: string }) => r.error)).toEqual([
      'Ein neuer Eintrag braucht Art und Titel.',
      'set.title: Ungültige Länge: erwartet <=500, erhalten 501',
    ]);
    const english = await pushAs(token, client, [untitled(), tooLong()], { 'Accept-Language': 'en-GB,en;q=0.9,de;q=0.5' });
    expect(english.headers.get('Content-Language')).toBe('en');
    expect((await english.json()).results.map((r: { error?: string }) => r.error)).toEqual([
      'an op on an unknown item creates it and must set kind and title',
      'set.title: Invalid length: Expected <=500 but received 501',
    ]);
  });

  it("refuses ops stamped with the team's own id, the clientId of the service's clock for the team", async () => {
    const { token, teamId } = await api.team();
    const op = { opId: uuid(), itemId: uuid(), hlc: hlcAt(wall, teamId), set: { kind: 'call', title: 'as the service' } };
    const { results } = await (await pushAs(token, teamId, [op], { 'Accept-Language': 'en' })).json();
    expect(results).toEqual([{ opId: op.opId, status: 'rejected', error: 'hlc: this clientId belongs to the service' }]);
  });

  it("documents the answers' serverTime in the OpenAPI document", async () => {
    const { token } = await api.team();
    const doc = await (await api.call('GET', '/api/v1/openapi.json', { token })).json();
    for (const [path, method] of [['/api/v1/sync/push', 'post'], ['/api/v1/sync/pull', 'get']]) {
      const schema = doc.paths[path][method].responses['200'].content['application/json'].schema;
      expect(schema.required).toContain('serverTime');
      expect(schema.properties.serverTime).toMatchObject({ type: 'string', format: 'date-time' });
    }
  });

  it('refuses malformed push envelopes with a 4xx', async () => {
    const { token } = await api.team();
    const client = uuid();
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { ops: [] } }))).toEqual(['clientId']);
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: client } }))).toEqual(['ops']);
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: 'abc', ops: [] } }))).toEqual(['clientId']);
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: client, ops: {} } }))).toEqual(['ops']);
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: client, ops: [], since: 1 } }))).toEqual(['since']);
    const tooMany = Array.from({ length: 501 }, () => ({ opId: uuid(), itemId: uuid(), hlc: hlcAt(wall, client), set: { kind: 'call', title: 'x' } }));
    expect(await failingFields(await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: client, ops: tooMany } }))).toEqual(['ops']);
    await expectError(await api.call('POST', '/api/v1/sync/push', { token, raw: '{"clientId": "' }), 400);
    await expectError(await api.call('POST', '/api/v1/sync/push', { token, raw: 'null' }), 400);
    expect((await pullAs(token)).items).toEqual([]);
    // exactly 500 ops is fine
    const ok = await api.call('POST', '/api/v1/sync/push', { token, body: { clientId: client, ops: tooMany.slice(0, 500) } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).cursor).toBe(500);
  });

  it('pages pull by rev with a cursor, tombstones included, until more is false', async () => {
    const { token } = await api.team();
    const client = uuid();
    const ids = Array.from({ length: 7 }, () => uuid());
    await pushAs(token, client, ids.map((itemId, i) => ({ opId: uuid(), itemId, hlc: hlcAt(wall, client, i), set: { kind: 'call', title: `n${i}` } })));
    await pushAs(token, client, [{ opId: uuid(), itemId: ids[0], hlc: hlcAt(tick(), client), set: { deleted: true } }]);
    const seen: { id: string; rev: number; deleted: boolean }[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await pullAs(token, `since=${cursor}&limit=3`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.cursor;
      more = page.more;
    }
    expect(seen.map((i) => i.rev)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(seen.at(-1)).toMatchObject({ id: ids[0], deleted: true, title: 'n0' });
    expect(cursor).toBe(8);
    expect(await pullAs(token, `since=${cursor}`)).toEqual({ items: [], cursor: 8, more: false, serverTime: new Date(wall).toISOString() });
    // larger limits are clamped, not refused
    expect((await pullAs(token, 'since=0&limit=5000')).items).toHaveLength(7);
    expect((await pullAs(token, 'limit=2')).items.map((i: { rev: number }) => i.rev)).toEqual([2, 3]);
  });

  it('revives a deleted item only with deleted:false and a greater hlc', async () => {
    const { token } = await api.team();
    const client = uuid();
    const itemId = uuid();
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { kind: 'call', title: 'x' } }]);
    const deleteHlc = tick();
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(deleteHlc, client), set: { deleted: true } }]);
    // a later edit of another field merges into the tombstone
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { notes: 'still here' } }]);
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(deleteHlc - 1, client), set: { deleted: false } }]);
    let [item] = (await pullAs(token)).items;
    expect(item).toMatchObject({ deleted: true, notes: 'still here' });
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(tick(), client), set: { deleted: false } }]);
    [item] = (await pullAs(token)).items;
    expect(item.deleted).toBe(false);
  });

  it('refuses bad cursors and limits with 400', async () => {
    const { token } = await api.team();
    for (const query of ['since=-1', 'since=abc', 'since=1.5', 'since=', 'since=1&since=2', 'limit=0', 'limit=-3', 'limit=ten', 'limit=2.5', 'since=99999999999999999999']) {
      const res = await api.call('GET', `/api/v1/sync/pull?${query}`, { token });
      const error = await expectError(res, 400);
      expect(error.code).toBe('validation');
    }
  });

  it('refuses a viewer push with 403 and lets a viewer pull', async () => {
    const admin = await api.team();
    const viewer = await admin.add('viewer');
    const client = uuid();
    await expectError(await pushAs(viewer.token, client, [{ opId: uuid(), itemId: uuid(), hlc: hlcAt(wall, client), set: { kind: 'call', title: 'x' } }]), 403);
    expect((await api.call('GET', '/api/v1/sync/pull?since=0', { token: viewer.token })).status).toBe(200);
    expect((await pullAs(admin.token)).items).toEqual([]);
  });

  it('lets a REST edit made after a client op win, even when the client clock runs ahead', async () => {
    const { token } = await api.team();
    const client = uuid();
    const itemId = uuid();
    const ahead = wall + 4 * 60_000;
    await pushAs(token, client, [{ opId: uuid(), itemId, hlc: hlcAt(ahead, client), set: { kind: 'call', title: 'by client' } }]);
    const patched = await api.call('PATCH', `/api/v1/items/${itemId}`, { token, body: { title: 'by REST' } });
    expect((await patched.json()).title).toBe('by REST');
  });
});
