import { describe, expect, it } from 'vitest';
import { uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('health, me and members routes on %s', (dialect) => {
  const api = useTestApi(dialect);

  it('GET /health answers without auth', async () => {
    const res = await api.call('GET', '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('GET /api/v1/me names member, team and role for every role', async () => {
    const admin = await api.team('Gemeinde Kalletal');
    for (const role of ['admin', 'member', 'viewer'] as const) {
      const caller = role === 'admin' ? admin : await admin.add(role, `Person ${role}`);
      const res = await api.call('GET', '/api/v1/me', { token: caller.token });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        member: { id: caller.memberId, name: role === 'admin' ? 'Admin' : `Person ${role}`, role },
        team: { id: admin.teamId, name: 'Gemeinde Kalletal' },
        role,
      });
    }
  });

  it('admins add members (token shown once, working at once); everyone lists them', async () => {
    const admin = await api.team();
    const res = await api.call('POST', '/api/v1/members', { token: admin.token, body: { name: 'Clara', role: 'viewer' } });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toEqual({ member: { id: expect.any(String), name: 'Clara', role: 'viewer' }, token: expect.stringMatching(/^cw_[A-Za-z0-9_-]{43}$/) });
    const me = await (await api.call('GET', '/api/v1/me', { token: created.token })).json();
    expect(me.member.id).toBe(created.member.id);
    const defaulted = await (await api.call('POST', '/api/v1/members', { token: admin.token, body: { name: 'Dora' } })).json();
    expect(defaulted.member.role).toBe('member');

    const list = await (await api.call('GET', '/api/v1/members', { token: created.token })).json();
    expect(list.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Admin', 'admin'],
      ['Clara', 'viewer'],
      ['Dora', 'member'],
    ]);
    expect(JSON.stringify(list)).not.toContain('cw_');
  });

  it('refuses member management by members and viewers with 403', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    const viewer = await admin.add('viewer');
    for (const caller of [member, viewer]) {
      await expectError(await api.call('POST', '/api/v1/members', { token: caller.token, body: { name: 'Eve', role: 'admin' } }), 403);
      await expectError(await api.call('DELETE', `/api/v1/members/${admin.memberId}`, { token: caller.token }), 403);
    }
    expect((await (await api.call('GET', '/api/v1/members', { token: admin.token })).json()).members).toHaveLength(3);
  });

  it('refuses bad member bodies with 400', async () => {
    const admin = await api.team();
    const post = (body: unknown) => api.call('POST', '/api/v1/members', { token: admin.token, body });
    expect(await failingFields(await post({}))).toEqual(['name']);
    expect(await failingFields(await post({ name: '' }))).toEqual(['name']);
    expect(await failingFields(await post({ name: 'x'.repeat(101) }))).toEqual(['name']);
    expect(await failingFields(await post({ name: 'a\u0000b' }))).toEqual(['name']);
    expect(await failingFields(await post({ name: 'Eve', role: 'owner' }))).toEqual(['role']);
    expect(await failingFields(await post({ name: 'Eve', teamId: uuid() }))).toEqual(['teamId']);
  });

  it('revoking a member revokes its tokens at once; the last admin stays', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    expect((await api.call('DELETE', `/api/v1/members/${member.memberId}`, { token: admin.token })).status).toBe(204);
    await expectError(await api.call('GET', '/api/v1/me', { token: member.token }), 401);
    await expectError(await api.call('DELETE', `/api/v1/members/${member.memberId}`, { token: admin.token }), 404);
    await expectError(await api.call('DELETE', `/api/v1/members/${uuid()}`, { token: admin.token }), 404);
    await expectError(await api.call('DELETE', `/api/v1/members/${admin.memberId}`, { token: admin.token }), 409);
    // another team's member cannot be revoked from here
    const other = await api.team();
    const stranger = await other.add('member');
    await expectError(await api.call('DELETE', `/api/v1/members/${stranger.memberId}`, { token: admin.token }), 404);
    expect((await api.call('GET', '/api/v1/me', { token: stranger.token })).status).toBe(200);
  });

  it('admins change roles (in force at once); the last admin stays admin; others and bad bodies are refused', async () => {
    const admin = await api.team();
    const clara = await admin.add('viewer', 'Clara');
    const patch = (id: string, body: unknown, token = admin.token) => api.call('PATCH', `/api/v1/members/${id}`, { token, body });
    const promoted = await patch(clara.memberId, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect(await promoted.json()).toEqual({ id: clara.memberId, name: 'Clara', role: 'admin' });
    expect((await (await api.call('GET', '/api/v1/me', { token: clara.token })).json()).role).toBe('admin');
    // two admins: one may step down; then the other is the last and must stay
    expect((await patch(admin.memberId, { role: 'member' }, clara.token)).status).toBe(200);
    await expectError(await patch(clara.memberId, { role: 'member' }, clara.token), 409);
    await expectError(await patch(clara.memberId, { role: 'viewer' }, clara.token), 409);
    expect((await patch(clara.memberId, { role: 'admin' }, clara.token)).status).toBe(200);
    // the former admin is a member now and may not manage members
    await expectError(await patch(clara.memberId, { role: 'viewer' }, admin.token), 403);
    expect(await failingFields(await patch(admin.memberId, { role: 'owner' }, clara.token))).toEqual(['role']);
    expect(await failingFields(await patch(admin.memberId, { role: 'viewer', name: 'X' }, clara.token))).toEqual(['name']);
    await expectError(await patch(uuid(), { role: 'viewer' }, clara.token), 404);
    const other = await api.team();
    const stranger = await other.add('member');
    await expectError(await patch(stranger.memberId, { role: 'admin' }, clara.token), 404);
    expect((await (await api.call('GET', '/api/v1/me', { token: stranger.token })).json()).role).toBe('member');
    const list = await (await api.call('GET', '/api/v1/members', { token: clara.token })).json();
    expect(list.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Admin', 'member'],
      ['Clara', 'admin'],
    ]);
  });
});
