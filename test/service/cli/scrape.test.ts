import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../service/cli/main.ts';
import type { CommandIO } from '../../../service/cli/command.ts';
import { createTeam } from '../../../service/members/service.ts';
import { createSource } from '../../../service/sources/service.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { createTestDatabase, DIALECTS } from '../helpers/store.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { startFixtureSite, type FixtureSite } from '../scrape/fixture-site.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

function io(env: Record<string, string>): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env, cwd: process.cwd() };
}

describe.each(DIALECTS)('callwatch scrape (%s)', (dialect) => {
  it('runs the due sources once and prints what changed as JSON; a second call finds nothing new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callwatch-scrape-'));
    const pg = dialect === 'postgres' ? await createTestDatabase() : undefined;
    const location = pg?.url ?? join(dir, 'callwatch.db');
    try {
      const store = await openMigratedStore(location);
      const { team, member } = await createTeam(store.db, { name: 'T', adminName: 'A', at: new Date().toISOString() });
      const actor = { team, member: { ...member, role: 'admin' as const } };
      // the CLI resolves names for real: the fixture site is addressed by IP
      const url = `http://127.0.0.1:${site.port}/calls/nakopa.html`;
      const source = await createSource({ db: store.db, now: Date.now } as never, { allowPrivate: true }, actor, { name: 'Nakopa', url, kind: 'page' });
      await sourcesDb(store.db).updateTable('sources').set({ next_run_at: '2000-01-01T00:00:00.000Z' }).execute();
      await store.close();

      const first = io({ CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' });
      expect(await main(['scrape', '--db', location, '--now', '2023-06-01'], first)).toBe(0);
      const printed = JSON.parse(first.stdout.join('\n'));
      expect(printed.runs).toEqual([
        expect.objectContaining({ sourceId: source.id, name: 'Nakopa', run: expect.objectContaining({ status: 'ok', trigger: 'cli', added: 1 }) }),
      ]);
      expect(printed.runs[0].changes[0]).toMatchObject({ change: 'added', url });

      const second = io({ CALLWATCH_ALLOW_PRIVATE_SOURCES: '1' });
      expect(await main(['scrape', '--db', location, '--source', source.id], second)).toBe(0);
      expect(JSON.parse(second.stdout.join('\n')).runs[0]).toMatchObject({ run: { httpStatus: 304, added: 0, changed: 0 }, changes: [] });

      const strict = io({});
      expect(await main(['scrape', '--db', location, '--source', source.id], strict)).toBe(0);
      expect(JSON.parse(strict.stdout.join('\n')).runs[0].run).toMatchObject({ status: 'error', errorCode: 'blocked_address' });

      const bad = io({});
      expect(await main(['scrape', '--db', location, '--now', 'tomorrow'], bad)).toBe(2);
    } finally {
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
