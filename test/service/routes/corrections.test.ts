/** POST/GET /api/v1/corrections and GET/PUT /api/v1/team/settings (issue 10, item 1), on SQLite and PostgreSQL. */
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../../service/retention/run.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

const PAGE = '<!DOCTYPE html><html lang="de"><head><title>Aufruf</title></head><body><main><h1>Förderaufruf Klima</h1><p>Antragsfrist: 30.06.2027</p></main></body></html>';
const fields = (over: Record<string, unknown> = {}) => ({
  kind: 'call', title: 'Förderaufruf', url: 'https://agency.example/aufruf', summary: '', organizer: null, location: null,
  deadlines: [{ date: '2027-06-30', label: 'Antragsfrist', kind: 'application' }], start: null, end: null, programme: null, amount: null, tags: [], ...over,
});
/** the user corrected the title */
const correction = (over: Record<string, unknown> = {}) => ({
  url: 'https://agency.example/aufruf',
  clippedAt: '2026-12-08T09:30:00.000Z',
  html: PAGE,
  draft: [fields()],
  saved: [{ from: 0, fields: fields({ title: 'Förderaufruf Klima 2027' }) }],
  ...over,
});

describe.each(DIALECTS)('corrections on %s', (dialect) => {
  let wall = Date.UTC(2026, 11, 8, 10);
  const api = useTestApi(dialect, { now: () => wall });
  const post = (token: string, body: unknown) => api.call('POST', '/api/v1/corrections', { token, body });
  const list = async (token: string) => {
    const res = await api.call('GET', '/api/v1/corrections', { token });
    expect(res.status).toBe(200);
    return ((await res.json()) as { corrections: Array<{ id: string; url: string; memberId: string; receivedAt: string; changed: unknown; removed: number[] }> }).corrections;
  };

  it('keeps a member’s correction for the team: page, url, clip time, draft and saved result; admins read it back', async () => {
    const admin = await api.team();
    const member = await admin.add('member', 'Clara');
    const res = await post(member.token, correction());
    expect(res.status).toBe(201);
    const { id, stored } = (await res.json()) as { id: string; stored: boolean };
    expect(stored).toBe(true);
    expect(await list(admin.token)).toEqual([
      { id, memberId: member.memberId, url: 'https://agency.example/aufruf', clippedAt: '2026-12-08T09:30:00.000Z', receivedAt: new Date(wall).toISOString(), changed: [{ from: 0, fields: ['title'] }], added: [], removed: [] },
    ]);
    const one = await api.call('GET', `/api/v1/corrections/${id}`, { token: admin.token });
    expect(await one.json()).toMatchObject({ id, html: PAGE, draft: [fields()], saved: [{ from: 0, fields: fields({ title: 'Förderaufruf Klima 2027' }) }] });
    // a listing item left out is a correction too
    const listing = correction({ draft: [fields(), fields({ title: 'Zweiter Aufruf' })], saved: [{ from: 0, fields: fields() }] });
    expect((await post(member.token, listing)).status).toBe(201);
    expect((await list(admin.token))[0]).toMatchObject({ changed: [], removed: [1] });
  });

  it('refuses a page over 2 MB (413) and a body over 8 MB (413, a 10 MB page) and stores nothing', async () => {
    const admin = await api.team();
    const big = `<html><body>${'<p>Förderung</p>'.repeat(Math.ceil((2 * 1024 * 1024) / 16))}</body></html>`;
    const tooLarge = await expectError(await post(admin.token, correction({ html: big })), 413);
    expect(tooLarge.message).toContain('höchstens 2 MB');
    const huge = `<html><body>${'x'.repeat(10 * 1024 * 1024)}</body></html>`;
    expect((await expectError(await post(admin.token, correction({ html: huge })), 413)).code).toBe('payload_too_large');
    expect(await list(admin.token)).toEqual([]);
  });

  it('refuses hostile HTML, fields over the limits, unknown fields and a save that corrected nothing (400, naming the field)', async () => {
    const admin = await api.team();
    expect(await failingFields(await post(admin.token, correction({ html: `<p>a\u0000b</p>` })))).toEqual(['html']);
    expect(await failingFields(await post(admin.token, correction({ html: `<p>\uD800</p>` })))).toEqual(['html']);
    expect(await failingFields(await post(admin.token, correction({ saved: [{ from: 0, fields: fields({ title: 'x'.repeat(501) }) }] })))).toEqual(['saved.0.fields.title']);
    expect(await failingFields(await post(admin.token, correction({ url: 'javascript:alert(1)' })))).toEqual(['url']);
    expect(await failingFields(await post(admin.token, correction({ draft: Array.from({ length: 101 }, () => fields()) })))).toEqual(['draft']);
    expect(await failingFields(await post(admin.token, { ...correction(), teamId: 'x' }))).toEqual(['teamId']);
    expect(await failingFields(await post(admin.token, correction({ saved: [{ from: 3, fields: fields({ title: 'Neu' }) }] })))).toEqual(['saved.0.from']);
    expect((await expectError(await post(admin.token, correction({ saved: [{ from: 0, fields: fields() }] })), 400)).message).toContain('Es wurde nichts korrigiert');
    expect(await list(admin.token)).toEqual([]);
  });

  it('refuses a viewer’s correction and a member’s read; another team reads nothing of them', async () => {
    const admin = await api.team();
    const viewer = await admin.add('viewer', 'Vera');
    const member = await admin.add('member', 'Max');
    await expectError(await post(viewer.token, correction()), 403);
    const { id } = (await (await post(member.token, correction())).json()) as { id: string };
    await expectError(await api.call('GET', '/api/v1/corrections', { token: member.token }), 403);
    const other = await api.team('Andere');
    expect(await list(other.token)).toEqual([]);
    await expectError(await api.call('GET', `/api/v1/corrections/${id}`, { token: other.token }), 404);
    expect((await list(admin.token)).map((c) => c.id)).toEqual([id]);
  });

  it('honours the team switch: off, nothing is stored (and the extension is told); only an admin turns it', async () => {
    const admin = await api.team();
    const member = await admin.add('member', 'Max');
    const settings = (token: string) => api.call('GET', '/api/v1/team/settings', { token }).then((r) => r.json());
    expect(await settings(member.token)).toEqual({ keepCorrections: true });
    await expectError(await api.call('PUT', '/api/v1/team/settings', { token: member.token, body: { keepCorrections: false } }), 403);
    expect(await failingFields(await api.call('PUT', '/api/v1/team/settings', { token: admin.token, body: { keepCorrections: 'nein' } }))).toEqual(['keepCorrections']);
    const off = await api.call('PUT', '/api/v1/team/settings', { token: admin.token, body: { keepCorrections: false } });
    expect(await off.json()).toEqual({ keepCorrections: false });
    expect(await settings(member.token)).toEqual({ keepCorrections: false });
    const res = await post(member.token, correction());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: null, stored: false });
    expect(await list(admin.token)).toEqual([]);
    // another team's switch is its own
    const other = await api.team('Andere');
    expect(await settings(other.token)).toEqual({ keepCorrections: true });
    expect((await post(other.token, correction())).status).toBe(201);
    await api.call('PUT', '/api/v1/team/settings', { token: admin.token, body: { keepCorrections: true } });
    expect((await post(member.token, correction())).status).toBe(201);
  });

  it('are deleted 180 days after they arrived (retention)', async () => {
    const admin = await api.team();
    wall = Date.UTC(2026, 0, 1);
    await post(admin.token, correction());
    wall = Date.UTC(2026, 5, 1);
    await post(admin.token, correction());
    const report = await runRetention(api.store.db, { nowMs: Date.UTC(2026, 6, 15) });
    expect(report?.corrections).toBe(1);
    expect((await list(admin.token)).map((c) => c.receivedAt)).toEqual(['2026-06-01T00:00:00.000Z']);
  });
});
