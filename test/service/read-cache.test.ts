/**
 * The service answers known tokens and empty delta pulls from memory (service/services/read-cache.ts). These tests
 * hold it to the contract: a revoked token is refused at the next request, a new one works at once, and a change
 * committed anywhere — this service, another connection, the real CLI beside a real service — shows in the next pull.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { addMember } from '../../service/members/service.ts';
import { openMigratedStore } from '../../service/store/db.ts';
import { revokeMember } from '../../service/members/repository.ts';
import { cliProcess } from './cli/helpers.ts';
import { hlcAt, testApi, uuid } from './helpers/api.ts';
import { bootstrapToken, killAllServe, startServe } from './helpers/serve-process.ts';
import { openTestStore } from './helpers/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'callwatch-read-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => killAllServe());

/** Longer than a read of data_version stands for (DATA_VERSION_MS): another process's commit counts from then on. */
const afterDataVersionMs = () => new Promise((done) => setTimeout(done, 5));
const at = () => new Date().toISOString();

describe('read cache (SQLite)', () => {
  it('refuses a token revoked through the API at the next request, and shows a push in the next pull', async () => {
    const store = await openTestStore('sqlite');
    const api = await testApi(store);
    try {
      const admin = await api.team();
      const member = await admin.add('member');
      // warm: the member's token and the team's empty delta are now answered from memory
      for (let i = 0; i < 3; i++) {
        expect((await api.call('GET', '/api/v1/me', { token: member.token })).status).toBe(200);
        expect(await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: member.token })).json()).toEqual({ items: [], cursor: 0, more: false, serverTime: expect.any(String) });
      }
      const created = await api.call('POST', '/api/v1/items', { token: admin.token, body: { kind: 'call', title: 'neu' } });
      expect(created.status).toBe(201);
      const pulled = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: member.token })).json();
      expect(pulled.items.map((i: { title: string }) => i.title)).toEqual(['neu']);
      expect(pulled.cursor).toBe(1);
      expect(await (await api.call('GET', '/api/v1/sync/pull?since=1', { token: member.token })).json()).toEqual({ items: [], cursor: 1, more: false, serverTime: expect.any(String) });

      expect((await api.call('DELETE', `/api/v1/members/${member.memberId}`, { token: admin.token })).status).toBe(204);
      expect((await api.call('GET', '/api/v1/me', { token: member.token })).status).toBe(401);
      expect((await api.call('GET', '/api/v1/sync/pull?since=1', { token: member.token })).status).toBe(401);
      expect((await api.call('GET', '/api/v1/me', { token: admin.token })).status).toBe(200);
    } finally {
      await api.close();
      await store.dispose();
    }
  });

  it('sees what another connection to the file commits (the CLI, a second service) at the next request', async () => {
    const store = await openTestStore('sqlite');
    const other = await openMigratedStore(store.location);
    const api = await testApi(store);
    const cli = await testApi({ ...other, dispose: async () => {} });
    try {
      const admin = await api.team();
      const viewer = await admin.add('viewer');
      for (let i = 0; i < 2; i++) {
        expect((await api.call('GET', '/api/v1/me', { token: viewer.token })).status).toBe(200);
        expect((await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: viewer.token })).json()).items).toEqual([]);
      }
      // a push through the other connection
      const clientId = uuid();
      const op = { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), clientId), set: { kind: 'call', title: 'von nebenan' } };
      expect((await cli.call('POST', '/api/v1/sync/push', { token: admin.token, body: { clientId, ops: [op] } })).status).toBe(200);
      await afterDataVersionMs();
      const pulled = await (await api.call('GET', '/api/v1/sync/pull?since=0', { token: viewer.token })).json();
      expect(pulled.items.map((i: { title: string }) => i.title)).toEqual(['von nebenan']);

      // a member added there works here at once; a revocation there is refused here at the next request
      const added = await addMember(other.db, admin.teamId, { name: 'Neu', role: 'member', at: at() });
      expect((await api.call('GET', '/api/v1/me', { token: added.token })).status).toBe(200);
      expect(await revokeMember(other.db, admin.teamId, viewer.memberId, at())).toBe(true);
      await afterDataVersionMs();
      expect((await api.call('GET', '/api/v1/me', { token: viewer.token })).status).toBe(401);
      expect((await api.call('GET', '/api/v1/sync/pull?since=1', { token: viewer.token })).status).toBe(401);
    } finally {
      await cli.close();
      await api.close();
      await other.close();
      await store.dispose();
    }
  });

  it('a running service: a member the CLI adds works at once, a CLI import shows in the next delta pull, a revocation by another process is refused at once', { timeout: 60_000 }, async () => {
    const cwd = mkdtempSync(join(dir, 'serve-'));
    const file = join(cwd, 'callwatch.db');
    const service = await startServe(['--db', file], { cwd });
    const admin = bootstrapToken(service.stderr());
    const get = (path: string, token: string) => fetch(`${service.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const me = await (await get('/api/v1/me', admin)).json();
    const teamId: string = me.team.id;
    for (let i = 0; i < 3; i++) expect(await (await get('/api/v1/sync/pull?since=0', admin)).json()).toEqual({ items: [], cursor: 0, more: false, serverTime: expect.any(String) });

    const added = await cliProcess(['member', 'add', '--team', teamId, 'Bea', '--db', file, '--json'], { cwd });
    expect(added.code).toBe(0);
    const bea = JSON.parse(added.stdout) as { member: { id: string }; token: string };
    expect((await get('/api/v1/me', bea.token)).status).toBe(200);

    writeFileSync(join(cwd, 'in.json'), JSON.stringify([{ kind: 'call', title: 'importiert' }]));
    const imported = await cliProcess(['import', join(cwd, 'in.json'), '--team', teamId, '--db', file], { cwd });
    expect(imported.code).toBe(0);
    const pulled = await (await get('/api/v1/sync/pull?since=0', bea.token)).json();
    expect(pulled.items.map((i: { title: string }) => i.title)).toEqual(['importiert']);
    expect(await (await get(`/api/v1/sync/pull?since=${pulled.cursor}`, bea.token)).json()).toEqual({ items: [], cursor: pulled.cursor, more: false, serverTime: expect.any(String) });

    const other = await openMigratedStore(file);
    try {
      expect(await revokeMember(other.db, teamId, bea.member.id, at())).toBe(true);
    } finally {
      await other.close();
    }
    expect((await get('/api/v1/me', bea.token)).status).toBe(401);
    expect((await get(`/api/v1/sync/pull?since=${pulled.cursor}`, bea.token)).status).toBe(401);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });
});
