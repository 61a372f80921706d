/**
 * Items stored before the schema refused them (issue 15, item 3): a deadline of 9999-12-31, a start in year 1, a row
 * whose JSON is damaged. The team's calendar feed and `callwatch export --format ics` still answer with every other
 * item, leave those dates or items out and say so (log, stderr), instead of a 500 or exit 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';
import { cli } from '../cli/helpers.ts';

const cwd = mkdtempSync(join(tmpdir(), 'callwatch-bad-items-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe.each(DIALECTS)('calendar feed and export over damaged stored items on %s', (dialect) => {
  const api = useTestApi(dialect);

  it('leave out what they cannot show and keep the rest', async () => {
    const admin = await api.team('Gemeinde Kalletal');
    const post = async (body: unknown) => ((await (await api.call('POST', '/api/v1/items', { token: admin.token, body })).json()) as { id: string }).id;
    const good = await post({ kind: 'call', title: 'Nakopa', deadlines: [{ date: '2027-03-31', label: 'Antragsfrist', kind: 'application' }] });
    const openEnded = await post({ kind: 'call', title: 'Offen', deadlines: [{ date: '2027-01-15', label: 'Skizze', kind: 'interest' }] });
    const ancient = await post({ kind: 'event', title: 'Uralt', start: '2027-05-01' });
    const damaged = await post({ kind: 'call', title: 'Kaputt' });
    // as rows written before the rule (or by hand): straight into storage
    const rewrite = async (id: string, change: (fields: Record<string, unknown>) => string) => {
      const row = await api.store.db.selectFrom('items').select('fields').where('id', '=', id).executeTakeFirstOrThrow();
      await api.store.db.updateTable('items').set({ fields: change(JSON.parse(row.fields)) }).where('id', '=', id).execute();
    };
    await rewrite(openEnded, (f) => JSON.stringify({ ...f, deadlines: [...(f.deadlines as unknown[]), { date: '9999-12-31', label: 'Antragsfrist', kind: 'application' }] }));
    await rewrite(ancient, (f) => JSON.stringify({ ...f, start: '0001-01-01', end: '9999-12-31T10:00' }));
    await rewrite(damaged, (f) => JSON.stringify(f).slice(0, 20));

    const feedUrl = ((await (await api.call('GET', '/api/v1/feeds/ics', { token: admin.token })).json()) as { url: string }).url;
    const res = await api.call('GET', new URL(feedUrl).pathname);
    expect(res.status).toBe(200);
    const body = await res.text();
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid).sort();
    const expected = [`${good}-application@callwatch`, `${openEnded}-interest@callwatch`].sort();
    expect(uids(body)).toEqual(expected);
    expect(body).not.toMatch(/9999|00010101/);
    const warnings = api.logs.filter((line) => line.includes('calendar feed'));
    expect(warnings.map((line) => (JSON.parse(line) as { itemId: string }).itemId).sort()).toEqual([openEnded, ancient, damaged].sort());

    const exported = await cli(['export', '--team', admin.teamId, '--format', 'ics', '--db', api.store.location], { cwd });
    expect(exported.code).toBe(0);
    expect(uids(exported.stdout)).toEqual(expected);
    expect(exported.stderr).toContain(damaged);
    expect(exported.stderr).toContain(openEnded);
  });
});
