import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSourcesRuntime, type SourcesRuntime } from '../../../service/sources/runtime.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { testApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { startFixtureSite, type FixtureSite } from '../scrape/fixture-site.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describe.each(DIALECTS)('/api/v1/sources (%s)', (dialect) => {
  let store: TestStore;
  let api: TestApi;
  let runtime: SourcesRuntime;
  beforeEach(async () => {
    store = await openTestStore(dialect);
    const notifier = createMemoryNotifier();
    runtime = await createSourcesRuntime({ db: store.db, notifier, now: Date.now }, { fetcher: { allowPrivate: true, lookup: site.lookup, minDelayMs: 0, timeoutMs: 1500 } });
    api = await testApi(store, { notifier, sources: runtime });
  });
  afterEach(async () => {
    await runtime.engine.close();
    await api.close();
    await store.dispose();
  });

  it('lets an admin add, list, change and delete sources; members read; viewers may not write', async () => {
    const team = await api.team();
    const member = await team.add('member');
    const created = await api.call('POST', '/api/v1/sources', {
      token: team.token,
      body: { name: 'Nakopa', url: `${site.origin()}/calls/nakopa.html`, kind: 'page' },
    });
    expect(created.status).toBe(201);
    const source = await created.json();
    expect(source).toMatchObject({ name: 'Nakopa', kind: 'page', every: '6h', enabled: true, lastRun: null, preset: null });
    expect(source.id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await (await api.call('GET', '/api/v1/sources', { token: member.token })).json();
    expect(listed.sources.map((s: { id: string }) => s.id)).toEqual([source.id]);

    expect((await api.call('POST', '/api/v1/sources', { token: member.token, body: { name: 'x', url: `${site.origin()}/a`, kind: 'page' } })).status).toBe(403);
    const patched = await api.call('PATCH', `/api/v1/sources/${source.id}`, { token: team.token, body: { every: '1d', linkSelector: 'main a' } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ every: '1d', linkSelector: 'main a' });
    expect((await api.call('DELETE', `/api/v1/sources/${source.id}`, { token: member.token })).status).toBe(403);
    expect((await api.call('DELETE', `/api/v1/sources/${source.id}`, { token: team.token })).status).toBe(204);
    expect((await api.call('GET', `/api/v1/sources/${source.id}`, { token: team.token })).status).toBe(404);
  });

  it('refuses invalid sources with the failing fields', async () => {
    const team = await api.team();
    for (const body of [
      { name: 'x', url: 'ftp://agency.test/', kind: 'page' },
      { name: 'x', url: `${site.origin()}/`, kind: 'pdf' },
      { name: 'x', url: `${site.origin()}/`, kind: 'page', every: '1s' },
      { name: 'x', url: `${site.origin()}/`, kind: 'listing', linkSelector: 'a[[' },
      { name: 'x', url: `${site.origin()}/`, kind: 'page', rev: 3 },
      { preset: 'no-such-preset' },
    ]) {
      const response = await api.call('POST', '/api/v1/sources', { token: team.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.code).toBe('validation');
    }
  });

  it('refuses an internal address when private sources are not allowed', async () => {
    const strict = await testApi(store, {});
    try {
      const team = await api.team();
      const response = await strict.call('POST', '/api/v1/sources', { token: team.token, body: { name: 'intern', url: 'http://127.0.0.1:8080/', kind: 'page' } });
      expect(response.status).toBe(400);
      expect((await response.json()).error.details.fields[0].field).toBe('url');
    } finally {
      await strict.close();
    }
  });

  it('offers the presets and adds one by id', async () => {
    const team = await api.team();
    const { presets } = await (await api.call('GET', '/api/v1/source-presets', { token: team.token })).json();
    expect(presets.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['skew-news', 'skew-events', 'skew-funding', 'engagement-global', 'bmz', 'foerderdatenbank']));
    const response = await api.call('POST', '/api/v1/sources', { token: team.token, body: { preset: 'skew-events' } });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ preset: 'skew-events', kind: 'listing', url: presets.find((p: { id: string }) => p.id === 'skew-events').url });
  });

  it('runs a source on request (202), shows the run in lastRun and in its runs, and hides other teams\' sources', async () => {
    const team = await api.team();
    const other = await api.team('Other');
    const source = await (await api.call('POST', '/api/v1/sources', { token: team.token, body: { name: 'bpb', url: `${site.origin()}/calls/kleinprojektefonds.html`, kind: 'page' } })).json();
    expect((await api.call('POST', `/api/v1/sources/${source.id}/run`, { token: other.token })).status).toBe(404);
    const started = await api.call('POST', `/api/v1/sources/${source.id}/run`, { token: team.token });
    expect(started.status).toBe(202);
    expect((await started.json()).lastRun).toMatchObject({ status: 'running' });
    await runtime.engine.idle();
    const after = await (await api.call('GET', `/api/v1/sources/${source.id}`, { token: team.token })).json();
    expect(after.lastRun).toMatchObject({ status: 'ok', httpStatus: 200, found: 1, added: 1, changed: 0, error: null });
    expect(typeof after.lastRun.at).toBe('string');
    const { runs } = await (await api.call('GET', `/api/v1/sources/${source.id}/runs`, { token: team.token })).json();
    expect(runs).toEqual([expect.objectContaining({ trigger: 'manual', status: 'ok', found: 1, added: 1 })]);
    const { items } = await (await api.call('GET', '/api/v1/items', { token: team.token })).json();
    expect(items).toEqual([expect.objectContaining({ status: 'new', origin: `source:${source.id}` })]);
    expect((await (await api.call('GET', '/api/v1/sources', { token: other.token })).json()).sources).toEqual([]);
  });

  it('is described in the OpenAPI document', async () => {
    const team = await api.team();
    const doc = await (await api.call('GET', '/api/v1/openapi.json', { token: team.token })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/sources', '/api/v1/sources/{id}', '/api/v1/sources/{id}/run', '/api/v1/source-presets']));
  });
});
