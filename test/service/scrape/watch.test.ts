import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, updateItem } from '../../../service/items/service.ts';
import { deadlineChangeEvents } from '../../../service/sources/repository.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useHarness } from '../sources/harness.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describe.each(DIALECTS)('daily re-check of watched items (%s)', (dialect) => {
  const env = useHarness(dialect, () => site);

  const makeDue = () => sourcesDb(env.store.db).updateTable('item_checks').set({ next_check_at: '2000-01-01T00:00:00.000Z' }).execute();

  it('schedules a check within a day for each watched item, and re-reads its page politely', async () => {
    site.movingDeadline = '15. September 2023';
    const watched = await createItem(env.h.deps, env.h.actor, { kind: 'call', title: 'Förderaufruf Kommunale Klimapartnerschaften 2024', url: `${site.origin()}/calls/moving.html` });
    await createItem(env.h.deps, env.h.actor, { kind: 'call', title: 'nicht beobachtet', url: `${site.origin()}/calls/nakopa.html`, watch: false });
    expect(await env.h.engine.checkWatched()).toEqual([]); // scheduled, not yet due
    const checks = await sourcesDb(env.store.db).selectFrom('item_checks').selectAll().execute();
    expect(checks.map((c) => c.item_id)).toEqual([watched.id]);
    expect(Date.parse(checks[0].next_check_at) - env.h.deps.now()).toBeLessThanOrEqual(24 * 3_600_000);

    await makeDue();
    const [first] = await env.h.engine.checkWatched();
    // the clip had no deadline; the page states one
    expect(first).toMatchObject({ itemId: watched.id, status: 'ok', httpStatus: 200, changed: ['deadlines'] });
    site.movingDeadline = '6. Oktober 2023';
    await makeDue();
    const [second] = await env.h.engine.checkWatched();
    expect(second).toMatchObject({ status: 'ok', changed: ['deadlines'] });
    const events = await deadlineChangeEvents(env.store.db, env.h.actor.team.id);
    expect(events.map((e) => (e.payload as { to: { date: string } }).to.date)).toContain('2023-10-06');
    // unchanged page: a conditional request, a 304, nothing written
    await makeDue();
    const [third] = await env.h.engine.checkWatched();
    expect(third).toMatchObject({ status: 'unchanged', httpStatus: 304, changed: [] });
    expect(site.hits('/calls/moving.html').at(-1)?.headers['if-none-match']).toMatch(/^"/);
  });

  it('stops checking an item that is no longer watched', async () => {
    const item = await createItem(env.h.deps, env.h.actor, { kind: 'call', title: 'x', url: `${site.origin()}/calls/moving.html` });
    await env.h.engine.checkWatched();
    await updateItem(env.h.deps, env.h.actor, item.id, { watch: false });
    await makeDue();
    expect(await env.h.engine.checkWatched()).toEqual([]);
    expect(await sourcesDb(env.store.db).selectFrom('item_checks').selectAll().execute()).toEqual([]);
  });
});
