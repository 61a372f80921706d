import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv.ts';
import { csvToRecords } from '../../../shared/items-csv.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { testApi } from '../helpers/api.ts';
import { createTestDatabase } from '../helpers/store.ts';
import { cli } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'callwatch-transfer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A team with a few items, made through the API over the given database. */
async function seed(location: string) {
  const store = { ...(await openMigratedStore(location)), dispose: async () => {} };
  const api = await testApi(store);
  const admin = await api.team('Quelle');
  const post = async (body: unknown) => (await api.call('POST', '/api/v1/items', { token: admin.token, body })).json();
  await post({
    kind: 'call',
    title: 'Nakopa, "Runde 2"',
    summary: 'Zeile 1\nZeile 2, mit Komma',
    deadlines: [{ date: '2027-01-31', label: 'Skizze', kind: 'interest' }, { date: '2027-05-01', time: '12:00', label: 'Antrag', kind: 'application' }],
    tags: ['EU', 'Klima; Energie'],
    notes: '=HYPERLINK("http://evil")',
    amount: '-50 %',
  });
  await post({ kind: 'event', title: '<script>alert(1)</script>', start: '2027-03-04T10:00', location: 'online', watch: false });
  const gone = await post({ kind: 'call', title: 'gelöscht' });
  await api.call('DELETE', `/api/v1/items/${gone.id}`, { token: admin.token });
  await api.close();
  await store.close();
  return admin;
}

const comparable = (items: Record<string, unknown>[]) =>
  items
    .map(({ id: _id, rev: _rev, createdAt: _c, updatedAt: _u, createdBy: _b, deleted: _d, ...rest }) => rest)
    .sort((a, b) => String(a.title).localeCompare(String(b.title)));

describe('callwatch export / import / backup', () => {
  it('exports JSON and CSV and imports both into another team with identical items', async () => {
    const db = join(dir, 'transfer.db');
    const source = await seed(db);
    const json = await cli(['export', '--team', source.teamId, '--db', db], { cwd: dir });
    expect(json.code).toBe(0);
    const exported = JSON.parse(json.stdout);
    expect(exported.team).toEqual({ id: source.teamId, name: 'Quelle' });
    expect(exported.items).toHaveLength(2); // the tombstone stays behind

    const csv = await cli(['export', '--team', source.teamId, '--format', 'csv', '--db', db], { cwd: dir });
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFFID;Art;Titel;Status;Zuständig;/);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://evil"")"`); // a spreadsheet does not run it
    expect(parseCsv(csv.stdout).map((row) => row[1])).toEqual(['Art', 'Förderaufruf', 'Veranstaltung']);
    // an empty cell means "not set": null, "" and empty lists leave no field behind
    const unset = (v: unknown) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
    expect(comparable(csvToRecords(csv.stdout) as Record<string, unknown>[])).toEqual(
      comparable(exported.items).map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => !unset(v)))),
    );

    for (const [file, text] of [['list.json', json.stdout], ['list.csv', csv.stdout]] as const) {
      writeFileSync(join(dir, file), text);
      const target = JSON.parse((await cli(['team', 'create', `Ziel ${file}`, '--json', '--db', db], { cwd: dir })).stdout);
      const imported = await cli(['import', file, '--team', target.team.id, '--db', db], { cwd: dir });
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [] });
      const back = JSON.parse((await cli(['export', '--team', target.team.id, '--db', db], { cwd: dir })).stdout);
      expect(comparable(back.items)).toEqual(comparable(exported.items));
      // ids taken by the source team were not reused: the source is untouched
      expect(back.items.map((i: { id: string }) => i.id).some((id: string) => exported.items.some((e: { id: string }) => e.id === id))).toBe(false);
    }
    const again = JSON.parse((await cli(['export', '--team', source.teamId, '--db', db], { cwd: dir })).stdout);
    expect(again.items).toEqual(exported.items);
  });

  it('re-importing a team’s own export updates in place; bad records are reported, good ones kept', async () => {
    const db = join(dir, 'reimport.db');
    const source = await seed(db);
    const exported = JSON.parse((await cli(['export', '--team', source.teamId, '--db', db], { cwd: dir })).stdout);
    exported.items[0].status = 'applying';
    exported.items.push({ kind: 'call', title: 'x', deadlines: [{ date: '2027-02-30', label: 'A', kind: 'other' }] }, 'nonsense', { kind: 'call', title: 'neu' });
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(exported));
    const result = await cli(['import', 'edited.json', '--team', source.teamId, '--db', db], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect(report.rejected.map((r: { index: number }) => r.index)).toEqual([2, 3]);
    expect(report.rejected[0].error).toMatch(/deadlines\.0\.date/);
    const after = JSON.parse((await cli(['export', '--team', source.teamId, '--db', db], { cwd: dir })).stdout);
    expect(after.items.map((i: { title: string; status: string }) => [i.title, i.status]).sort()).toEqual(
      [[exported.items[0].title, 'applying'], [exported.items[1].title, exported.items[1].status], ['neu', 'new']].sort(),
    );
  });

  it('imports into PostgreSQL too', async () => {
    const database = await createTestDatabase();
    try {
      const source = await seed(database.url);
      const exported = await cli(['export', '--team', source.teamId, '--format', 'csv'], { cwd: dir, env: { DATABASE_URL: database.url } });
      writeFileSync(join(dir, 'pg.csv'), exported.stdout);
      const team = JSON.parse((await cli(['team', 'create', 'PG Ziel', '--json'], { cwd: dir, env: { DATABASE_URL: database.url } })).stdout);
      const imported = await cli(['import', 'pg.csv', '--team', team.team.id], { cwd: dir, env: { DATABASE_URL: database.url } });
      expect(JSON.parse(imported.stdout)).toMatchObject({ created: 2, rejected: [] });
    } finally {
      await database.drop();
    }
  });

  it('CSV names the assignee; a re-import into the same team keeps it; --delimiter , for other tools', async () => {
    const db = join(dir, 'assignee.db');
    const store = { ...(await openMigratedStore(db)), dispose: async () => {} };
    const api = await testApi(store);
    const admin = await api.team('Rathaus');
    const anna = await admin.add('member', 'Anna Schulz');
    const created = await (await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'call', title: 'Aufruf;=1+1;x', assignee: anna.memberId, status: 'submitted' } })).json();
    await api.close();
    await store.close();
    const csv = (await cli(['export', '--team', admin.teamId, '--format', 'csv', '--db', db], { cwd: dir })).stdout;
    const [header, row] = parseCsv(csv);
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('Titel'), cell('Status'), cell('Zuständig')]).toEqual(['Aufruf;=1+1;x', 'Eingereicht', 'Anna Schulz']);
    writeFileSync(join(dir, 'assignee.csv'), csv.replace('Eingereicht', 'Erledigt'));
    const imported = await cli(['import', 'assignee.csv', '--team', admin.teamId, '--db', db], { cwd: dir });
    expect(JSON.parse(imported.stdout)).toMatchObject({ updated: 1, rejected: [] });
    const back = JSON.parse((await cli(['export', '--team', admin.teamId, '--db', db], { cwd: dir })).stdout);
    expect(back.items).toMatchObject([{ id: created.id, status: 'done', assignee: anna.memberId }]);

    const comma = await cli(['export', '--team', admin.teamId, '--format', 'csv', '--delimiter', ',', '--db', db], { cwd: dir });
    expect(comma.stdout.split('\r\n')[0]).toMatch(/^\uFEFFID,Art,Titel,/);
    expect(comma.stdout).toContain(',"Aufruf;=1+1;x",');
    expect((await cli(['export', '--team', admin.teamId, '--format', 'csv', '--delimiter', '|', '--db', db], { cwd: dir })).code).toBe(2);
  });

  it('refuses unknown teams and formats', async () => {
    const db = join(dir, 'errors.db');
    expect((await cli(['export', '--team', crypto.randomUUID(), '--db', db], { cwd: dir })).code).toBe(1);
    expect((await cli(['export', '--team', 'x', '--format', 'xml', '--db', db], { cwd: dir })).code).toBe(2);
    expect((await cli(['import', 'missing.json', '--team', 'x', '--db', db], { cwd: dir })).code).toBe(1);
  });

  it('backs up SQLite with the online backup API while the database is in use', async () => {
    const db = join(dir, 'live.db');
    const source = await seed(db);
    const holder = await openMigratedStore(db); // a "running service" holding the file open
    await holder.db.selectFrom('items').selectAll().execute();
    const result = await cli(['backup', 'copy.db', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ backup: join(dir, 'copy.db'), pages: expect.any(Number) });
    const copy = new BetterSqlite3(join(dir, 'copy.db'), { readonly: true });
    const rows = copy.prepare('select count(*) as n from items where team_id = ?').get(source.teamId) as { n: number };
    copy.close();
    expect(rows.n).toBe(3);
    expect((await cli(['backup', 'copy.db', '--db', db], { cwd: dir })).code).toBe(1); // never overwrites
    expect((await cli(['backup', 'x.db', '--db', 'postgres://nobody@127.0.0.1:1/x'], { cwd: dir })).code).toBe(1);
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
    await holder.close();
    expect(readFileSync(join(dir, 'copy.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
