import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '../../../shared/sync/hlc.ts';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import { migrate } from '../../../service/store/db.ts';
import { findItemRow, insertItemRow, itemRowsSince, liveItemRows, rowToItem } from '../../../service/items/repository.ts';
import { findMember, listMembers, revokeMember } from '../../../service/members/repository.ts';
import { countTeams, findTeam, teamRev } from '../../../service/store/teams.ts';
import { findTokenOwner } from '../../../service/members/tokens-repository.ts';
import { hashToken } from '../../../service/services/credentials.ts';
import { addMember, createFirstTeam, createTeam } from '../../../service/members/service.ts';
import { push } from '../../../service/sync/push.ts';
import { pull } from '../../../service/sync/pull.ts';
import type { Actor } from '../../../service/services/context.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';

describe.each(DIALECTS)('store on %s', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(dialect);
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('applies migrations once (running them again is a no-op)', async () => {
    await migrate(store.db);
    await migrate(store.db);
    expect(store.dialect).toBe(dialect);
  });

  it('creates a team with an admin whose token is stored only as a hash', async () => {
    const before = await countTeams(store.db);
    const created = await createTeam(store.db, { name: 'Kreis Lippe', adminName: 'Ada', at: '2026-11-22T10:00:00.000Z' });
    expect(await countTeams(store.db)).toBe(before + 1);
    expect(created.token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
    expect(await findTeam(store.db, created.team.id)).toMatchObject({ name: 'Kreis Lippe', rev: 0 });
    const tokens = await store.db.selectFrom('tokens').selectAll().where('member_id', '=', created.member.id).execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0].hash).toBe(hashToken(created.token));
    expect(JSON.stringify(tokens)).not.toContain(created.token);
    expect(await findTokenOwner(store.db, hashToken(created.token))).toEqual({
      teamId: created.team.id,
      teamName: 'Kreis Lippe',
      memberId: created.member.id,
      memberName: 'Ada',
      role: 'admin',
    });
  });

  it('creates the first team exactly once, however many starts race for it', async () => {
    const fresh = await openTestStore(dialect);
    try {
      const input = { name: 'Mein Team', adminName: 'Admin', at: '2026-11-22T10:00:00.000Z' };
      const created = await Promise.all(Array.from({ length: 5 }, () => createFirstTeam(fresh.db, input)));
      expect(created.filter(Boolean)).toHaveLength(1);
      expect(await countTeams(fresh.db)).toBe(1);
      expect(await createFirstTeam(fresh.db, input)).toBeNull();
    } finally {
      await fresh.dispose();
    }
  });

  it('revoking a member revokes its tokens', async () => {
    const { team } = await createTeam(store.db, { name: 'T', adminName: 'A', at: '2026-11-22T10:00:00.000Z' });
    const bob = await addMember(store.db, team.id, { name: 'Bob', role: 'member', at: '2026-11-22T10:01:00.000Z' });
    expect(await findTokenOwner(store.db, hashToken(bob.token))).toBeDefined();
    expect(await revokeMember(store.db, team.id, bob.member.id, '2026-11-22T10:02:00.000Z')).toBe(true);
    expect(await findTokenOwner(store.db, hashToken(bob.token))).toBeUndefined();
    expect(await findMember(store.db, team.id, bob.member.id)).toBeUndefined();
    expect((await listMembers(store.db, team.id)).map((m) => m.name)).toEqual(['A']);
    expect(await revokeMember(store.db, team.id, bob.member.id, '2026-11-22T10:03:00.000Z')).toBe(false);
  });

  it('keeps item ids global: a second insert of an id is refused', async () => {
    const a = await createTeam(store.db, { name: 'A', adminName: 'A', at: '2026-11-22T10:00:00.000Z' });
    const b = await createTeam(store.db, { name: 'B', adminName: 'B', at: '2026-11-22T10:00:00.000Z' });
    const id = uuidv7();
    const row = {
      id,
      team_id: a.team.id,
      rev: 1,
      fields: JSON.stringify({ kind: 'call', title: 'x' }),
      hlcs: '{}',
      deleted: 0,
      origin: 'clip',
      created_by: null,
      created_at: 't',
      updated_at: 't',
    };
    expect(await insertItemRow(store.db, row)).toBe(true);
    expect(await insertItemRow(store.db, { ...row, team_id: b.team.id })).toBe(false);
    expect((await findItemRow(store.db, id))?.team_id).toBe(a.team.id);
    expect(typeof (await findItemRow(store.db, id))?.rev).toBe('number');
  });

  it('hands out revs from one team-wide sequence under concurrent pushes, so pulls never skip one', async () => {
    const created = await createTeam(store.db, { name: 'Busy', adminName: 'A', at: '2026-11-22T10:00:00.000Z' });
    const actor: Actor = { team: created.team, member: { ...created.member } };
    const now = () => Date.now();
    const deps = { db: store.db, clock: new Clock(crypto.randomUUID(), now), now, notifier: createMemoryNotifier() };
    const clients = Array.from({ length: 6 }, () => ({ id: crypto.randomUUID(), clock: undefined as unknown as Clock }));
    for (const c of clients) c.clock = new Clock(c.id, now);
    const pushes = clients.flatMap((c) =>
      Array.from({ length: 5 }, () =>
        push(deps, actor, c.id, [
          { opId: crypto.randomUUID(), itemId: crypto.randomUUID(), hlc: c.clock.now(), set: { kind: 'call', title: 'a' } },
          { opId: crypto.randomUUID(), itemId: crypto.randomUUID(), hlc: c.clock.now(), set: { kind: 'event', title: 'b' } },
        ]),
      ),
    );
    const results = await Promise.all(pushes);
    expect(results.flatMap((r) => r.results.map((x) => x.status)).every((s) => s === 'applied')).toBe(true);
    expect(await teamRev(store.db, created.team.id)).toBe(60);
    const rows = await itemRowsSince(store.db, created.team.id, 0, 1000);
    expect(rows.map((r) => r.rev)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const page = await pull(deps, actor, 10, 20);
    expect(page.items.map((i) => i.rev)).toEqual(Array.from({ length: 20 }, (_, i) => i + 11));
    expect(page).toMatchObject({ cursor: 30, more: true });
    expect((await liveItemRows(store.db, created.team.id)).map(rowToItem)).toHaveLength(60);
  });
});
