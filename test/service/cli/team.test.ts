import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../service/services/credentials.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { createTestDatabase } from '../helpers/store.ts';
import { cli, cliProcess } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'callwatch-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = /^cw_[A-Za-z0-9_-]{43}$/;

describe('callwatch team create / member add', () => {
  it('team create --json (the real process) prints { team, member, token } and stores only the token hash', async () => {
    const result = await cliProcess(['team', 'create', 'Stadt Detmold', '--admin', 'Ada Admin', '--json', '--db', 'teams.db'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toEqual({
      team: { id: expect.stringMatching(UUID), name: 'Stadt Detmold' },
      member: { id: expect.stringMatching(UUID), name: 'Ada Admin', role: 'admin' },
      token: expect.stringMatching(TOKEN),
    });
    const store = await openMigratedStore(join(dir, 'teams.db'));
    const rows = await store.db.selectFrom('tokens').select('hash').where('member_id', '=', out.member.id).execute();
    expect(rows).toEqual([{ hash: hashToken(out.token) }]);
    await store.close();
  });

  it('member add --json (the real process) prints { member, token }; default role member; admin name defaults to Admin', async () => {
    const created = JSON.parse((await cliProcess(['team', 'create', 'Kreis', '--json'], { cwd: dir, env: { DATABASE_URL: join(dir, 'env.db') } })).stdout);
    expect(created.member.name).toBe('Admin');
    const added = await cliProcess(['member', 'add', '--team', created.team.id, 'Vera', '--role', 'viewer', '--json'], { cwd: dir, env: { DATABASE_URL: join(dir, 'env.db') } });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ member: { id: expect.stringMatching(UUID), name: 'Vera', role: 'viewer' }, token: expect.stringMatching(TOKEN) });
    const plain = await cli(['member', 'add', '--team', created.team.id, 'Max', '--json'], { cwd: dir, env: { DATABASE_URL: join(dir, 'env.db') } });
    expect(JSON.parse(plain.stdout).member.role).toBe('member');
  });

  it('reports mistakes on stderr with a non-zero exit', async () => {
    const bad = [
      ['team', 'create', '--json'],
      ['team', 'create', 'x', '--colour', 'red'],
      ['team', 'create', '', '--json'],
      ['member', 'add', 'Vera', '--json'],
      ['member', 'add', '--team', 'x', 'Vera', '--role', 'owner'],
    ];
    for (const args of bad) {
      const result = await cli([...args, '--db', 'errors.db'], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/Usage: callwatch/);
    }
    const unknownTeam = await cli(['member', 'add', '--team', crypto.randomUUID(), 'Vera', '--json', '--db', 'errors.db'], { cwd: dir });
    expect(unknownTeam.code).toBe(1);
    expect(unknownTeam.stderr).toMatch(/no team/);
  });

  it('works on PostgreSQL through DATABASE_URL', async () => {
    const database = await createTestDatabase();
    try {
      const created = await cli(['team', 'create', 'PG Team', '--json'], { cwd: dir, env: { DATABASE_URL: database.url } });
      expect(created.code).toBe(0);
      const team = JSON.parse(created.stdout);
      const added = await cli(['member', 'add', '--team', team.team.id, 'Paula', '--json'], { cwd: dir, env: { DATABASE_URL: database.url } });
      expect(JSON.parse(added.stdout).member).toMatchObject({ name: 'Paula', role: 'member' });
    } finally {
      await database.drop();
    }
  });
});
