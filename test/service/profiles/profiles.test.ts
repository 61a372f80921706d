/**
 * Site profiles in the service (issue 10, items 2 and 3), on SQLite and PostgreSQL: a correction teaches its host's
 * profile; every member reads the team's profiles since a cursor; a later correction updates it; admins delete one
 * (a tombstone every copy sees); another team sees nothing; a source on the host reads its pages with the profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitCorrection } from '../../../service/corrections/service.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { Correction } from '../../../shared/corrections.ts';
import type { Draft } from '../../../shared/extract/types.ts';
import { templatePage, type TemplatePage } from '../../shared/extract/profile/template.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';
import { startServer, type LocalServer } from '../net/local-server.ts';
import { harness, NOW, type Harness } from '../sources/harness.ts';
import type { FixtureSite } from '../scrape/fixture-site.ts';

const A: TemplatePage = { title: 'Klimaschutz in Quartieren 2027', deadline: '15.04.2027', other: '02.03.2027, 10:00 Uhr', place: 'Düsseldorf' };
const B: TemplatePage = { title: 'Starke Dorfgemeinschaften – Aufruf 2027', deadline: '30. Juni 2027, 12:00 Uhr', place: 'Münster', notice: true };
const C: TemplatePage = { title: 'Digitale Dörfer 2028', deadline: '31.01.2028', place: 'Bonn' };

const fields = (d: Draft) => ({ kind: d.kind, title: d.title, url: d.url, summary: d.summary, organizer: d.organizer, location: d.location, deadlines: d.deadlines, start: d.start, end: d.end, programme: d.programme, amount: d.amount, tags: [] as string[] });

/** The clip of `html` at `url`, saved with the title and the deadline corrected. */
function correction(html: string, url: string, clippedAt: string, title: string, deadline: { date: string; time?: string }): Correction {
  const draft = extract({ view: cheerioView(html), url, now: new Date(clippedAt), includePast: true }).items.map(fields);
  const saved = { ...structuredClone(draft[0]), title, deadlines: [{ ...deadline, label: 'Projektskizze', kind: 'submission' as const }] };
  return { url, clippedAt, html, draft, saved: [{ from: 0, fields: saved }] };
}

interface Entry { host: string; profile: { title?: { count: number }; deadlines?: Array<{ kind: string; count: number; at: { row?: string } }> } | null; fields: string[]; corrections: number; rev: number; lastUsedAt: string | null }

describe.each(DIALECTS)('site profiles over the API on %s', (dialect) => {
  const wall = Date.UTC(2027, 2, 3, 10);
  const api = useTestApi(dialect, { now: () => wall });
  const read = async (token: string, since = 0) => {
    const res = await api.call('GET', `/api/v1/profiles?since=${since}`, { token });
    expect(res.status).toBe(200);
    return (await res.json()) as { profiles: Entry[]; cursor: number; more: boolean };
  };

  it('learns from a correction, reaches every member, grows with an agreeing one and changes with a conflicting one', async () => {
    const admin = await api.team();
    const member = await admin.add('member', 'Clara');
    const urlA = 'https://www.agentur.example/aufrufe/a';
    expect((await api.call('POST', '/api/v1/corrections', { token: member.token, body: correction(templatePage(A), urlA, '2027-03-03T09:00:00Z', A.title, { date: '2027-04-15' }) })).status).toBe(201);
    const first = await read(member.token);
    expect(first.profiles).toHaveLength(1);
    expect(first.profiles[0]).toMatchObject({ host: 'agentur.example', fields: ['title', 'deadlines'], corrections: 1, lastUsedAt: null });
    expect(first.profiles[0].profile?.deadlines?.[0]).toMatchObject({ kind: 'submission', count: 1, at: { row: 'bewerbungsschluss' } });
    expect(first.cursor).toBe(first.profiles[0].rev);
    expect((await read(member.token, first.cursor)).profiles).toEqual([]);

    // page B of the new template: the title agrees (stronger), the deadline sits in another row (updated)
    const urlB = 'https://agentur.example/aufrufe/b';
    const c = correction(templatePage(B, 'v2'), urlB, '2027-03-10T09:00:00Z', B.title, { date: '2027-06-30', time: '12:00' });
    expect((await api.call('POST', '/api/v1/corrections', { token: admin.token, body: c })).status).toBe(201);
    const second = await read(member.token, first.cursor);
    expect(second.profiles).toHaveLength(1);
    expect(second.profiles[0]).toMatchObject({ corrections: 2, profile: { title: { count: 2 } } });
    expect(second.profiles[0].profile?.deadlines?.[0]).toMatchObject({ count: 1, at: { row: 'einreichung bis' } });
    expect(second.profiles[0].rev).toBeGreaterThan(first.cursor);

    // another team sees none of it
    const other = await api.team();
    expect((await read(other.token)).profiles).toEqual([]);
  });

  it('admins delete a profile: a tombstone every copy sees; members may not, an unknown host is 404', async () => {
    const admin = await api.team();
    const member = await admin.add('member', 'Clara');
    await api.call('POST', '/api/v1/corrections', { token: member.token, body: correction(templatePage(A), 'https://agentur.example/aufrufe/a', '2027-03-03T09:00:00Z', A.title, { date: '2027-04-15' }) });
    const { cursor } = await read(member.token);
    await expectError(await api.call('DELETE', '/api/v1/profiles/agentur.example', { token: member.token }), 403);
    await expectError(await api.call('DELETE', '/api/v1/profiles/nirgends.example', { token: admin.token }), 404);
    await expectError(await api.call('DELETE', '/api/v1/profiles/<b>', { token: admin.token }), 400);
    expect((await api.call('DELETE', '/api/v1/profiles/agentur.example', { token: admin.token })).status).toBe(204);
    const after = await read(member.token, cursor);
    expect(after.profiles).toEqual([expect.objectContaining({ host: 'agentur.example', profile: null, fields: [] })]);
    await expectError(await api.call('DELETE', '/api/v1/profiles/agentur.example', { token: admin.token }), 404);
    await expectError(await api.call('GET', '/api/v1/profiles?since=-1', { token: admin.token }), 400);
  });

  it('notes a clip’s use of a profile: lastUsedAt set without a new rev; any member may, an unknown or deleted host is 404', async () => {
    const admin = await api.team();
    const viewer = await admin.add('viewer', 'Vera');
    await api.call('POST', '/api/v1/corrections', { token: admin.token, body: correction(templatePage(A), 'https://agentur.example/aufrufe/a', '2027-03-03T09:00:00Z', A.title, { date: '2027-04-15' }) });
    const before = (await read(admin.token)).profiles[0];
    expect(before.lastUsedAt).toBeNull();
    expect((await api.call('POST', '/api/v1/profiles/agentur.example/used', { token: viewer.token })).status).toBe(204);
    const after = await read(admin.token);
    expect(after.profiles).toEqual([{ ...before, lastUsedAt: new Date(wall).toISOString() }]);
    // nothing for a copy to fetch: a use is no change of the profile
    expect((await read(admin.token, before.rev)).profiles).toEqual([]);
    await expectError(await api.call('POST', '/api/v1/profiles/nirgends.example/used', { token: admin.token }), 404);
    await expectError(await api.call('POST', '/api/v1/profiles/<b>/used', { token: admin.token }), 400);
    // another team's use of the same host touches nothing here
    const other = await api.team();
    await expectError(await api.call('POST', '/api/v1/profiles/agentur.example/used', { token: other.token }), 404);
    expect((await api.call('DELETE', '/api/v1/profiles/agentur.example', { token: admin.token })).status).toBe(204);
    await expectError(await api.call('POST', '/api/v1/profiles/agentur.example/used', { token: admin.token }), 404);
  });

  it('a refused correction changes nothing: a 10 MB page, hostile HTML, fields over the limits leave profile and corrections as they were', async () => {
    const admin = await api.team();
    const urlB = 'https://agentur.example/aufrufe/b';
    expect((await api.call('POST', '/api/v1/corrections', { token: admin.token, body: correction(templatePage(A), 'https://agentur.example/aufrufe/a', '2027-03-03T09:00:00Z', A.title, { date: '2027-04-15' }) })).status).toBe(201);
    const before = await read(admin.token);
    const kept = async () => ((await (await api.call('GET', '/api/v1/corrections', { token: admin.token })).json()) as { corrections: unknown[] }).corrections.length;
    expect(await kept()).toBe(1);
    // each would teach page B's places if it were kept: its own title and a deadline in another row
    const good = correction(templatePage(B, 'v2'), urlB, '2027-03-10T09:00:00Z', B.title, { date: '2027-06-30', time: '12:00' });
    const huge = { ...good, html: good.html.replace('</body>', `<p>${'Förderung '.repeat(1_100_000)}</p></body>`) };
    expect((await expectError(await api.call('POST', '/api/v1/corrections', { token: admin.token, body: huge }), 413)).code).toBe('payload_too_large');
    const hostile = { ...good, html: good.html.replace('<main', '<main data-x="\u0000"').replace('</h2>', '\u0007</h2>') };
    expect(await failingFields(await api.call('POST', '/api/v1/corrections', { token: admin.token, body: hostile }))).toEqual(['html']);
    const long = structuredClone(good);
    long.saved[0].fields.title = 'T'.repeat(501);
    long.saved[0].fields.deadlines = Array.from({ length: 3 }, () => ({ date: '2027-06-30', label: 'L'.repeat(201), kind: 'submission' as const }));
    expect(await failingFields(await api.call('POST', '/api/v1/corrections', { token: admin.token, body: long }))).toEqual(['saved.0.fields.title', 'saved.0.fields.deadlines.0.label', 'saved.0.fields.deadlines.1.label', 'saved.0.fields.deadlines.2.label']);
    const listing = { ...good, saved: Array.from({ length: 101 }, () => good.saved[0]) };
    expect(await failingFields(await api.call('POST', '/api/v1/corrections', { token: admin.token, body: listing }))).toEqual(['saved']);
    expect(await read(admin.token)).toEqual(before);
    expect(await kept()).toBe(1);
  });

  it('learns nothing while the team keeps no corrections', async () => {
    const admin = await api.team();
    expect((await api.call('PUT', '/api/v1/team/settings', { token: admin.token, body: { keepCorrections: false } })).status).toBe(200);
    await api.call('POST', '/api/v1/corrections', { token: admin.token, body: correction(templatePage(A), 'https://agentur.example/aufrufe/a', '2027-03-03T09:00:00Z', A.title, { date: '2027-04-15' }) });
    expect((await read(admin.token)).profiles).toEqual([]);
  });
});

describe.each(DIALECTS)('a source on a host with a profile (%s)', (dialect) => {
  let server: LocalServer;
  let store: TestStore;
  let h: Harness;
  beforeAll(async () => {
    const pages: Record<string, string> = { '/aufrufe/a': templatePage(A), '/aufrufe/c': templatePage(C) };
    server = await startServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\n');
      const page = pages[path];
      if (!page) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    const site = { requests: [], lookup: async () => [{ address: '127.0.0.1', family: 4 }] } as unknown as FixtureSite;
    store = await openTestStore(dialect);
    h = await harness(store, site);
  });
  afterAll(async () => {
    await h.close();
    await store.dispose();
    await server.close();
  });

  it('scrapes page C with the profile page A taught, and notes the profile as used', async () => {
    const origin = `http://agentur.test:${server.port}`;
    const day = new Date(NOW).toISOString();
    const source = await h.add({ name: 'Agentur', url: `${origin}/aufrufe/c`, kind: 'page', every: '6h' });
    // before any correction the pipeline takes the generic heading
    await h.engine.runNow(source.id, 'manual');
    expect((await h.items()).map((i) => i.title)).toEqual(['Förderaufrufe']);

    await submitCorrection(h.deps, h.actor, correction(templatePage(A), `${origin}/aufrufe/a`, day, A.title, { date: '2027-04-15' }));
    const second = await h.add({ name: 'Agentur 2', url: `${origin}/aufrufe/c?neu`, kind: 'page', every: '6h' });
    await h.engine.runNow(second.id, 'manual');
    const learned = (await h.items()).find((i) => i.origin === `source:${second.id}`);
    expect(learned).toMatchObject({ title: C.title, deadlines: [{ date: '2028-01-31', label: 'Projektskizze', kind: 'submission' }] });
    const res = await (await import('../../../service/profiles/service.ts')).teamProfiles(h.deps, h.actor, 0);
    expect(res.profiles[0].lastUsedAt).not.toBeNull();
  });
});
