/**
 * One item never stops the daily re-check of watched pages for every team (issue 15, item 4): a row with `\u0000` and
 * a lone surrogate escape in its JSON (which PostgreSQL's `jsonb` cannot read) and a row whose JSON is damaged sit in
 * another team's list; the first team's watched page is still checked, and so are the readable rows of the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../../service/items/service.ts';
import { createTeam } from '../../../service/members/service.ts';
import type { Actor } from '../../../service/services/context.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useHarness } from '../sources/harness.ts';
import { startFixtureSite, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

describe.each(DIALECTS)('watched-page checks across teams (%s)', (dialect) => {
  const env = useHarness(dialect, () => site);

  it('go on for every team past rows that cannot be read as JSON', async () => {
    site.movingDeadline = '15. September 2023';
    const title = 'Förderaufruf Kommunale Klimapartnerschaften 2024';
    const mine = await createItem(env.h.deps, env.h.actor, { kind: 'call', title, url: `${site.origin()}/calls/moving.html` });
    const created = await createTeam(env.store.db, { name: 'Andere', adminName: 'Admin', at: new Date(env.h.deps.now()).toISOString() });
    const other: Actor = { team: { id: created.team.id, name: 'Andere' }, member: { id: created.member.id, name: 'Admin', role: 'admin' } };
    const escaped = await createItem(env.h.deps, other, { kind: 'call', title, url: `${site.origin()}/calls/moving.html` });
    const damaged = await createItem(env.h.deps, other, { kind: 'call', title: 'kaputt', url: `${site.origin()}/calls/nakopa.html` });
    // as such rows were stored before text was normalised: escapes in the JSON text, straight into storage
    const fieldsOf = async (id: string) => (await env.store.db.selectFrom('items').select('fields').where('id', '=', id).executeTakeFirstOrThrow()).fields;
    const setFields = (id: string, fields: string) => env.store.db.updateTable('items').set({ fields }).where('id', '=', id).execute();
    await setFields(escaped.id, (await fieldsOf(escaped.id)).replace('"notes":"', '"notes":"\\u0000\\ud800').replace('moving.html"', 'moving.html\\u0000"'));
    await setFields(damaged.id, (await fieldsOf(damaged.id)).slice(0, 30));

    expect(await env.h.engine.checkWatched()).toEqual([]); // scheduled, not yet due
    await sourcesDb(env.store.db).updateTable('item_checks').set({ next_check_at: '2000-01-01T00:00:00.000Z' }).execute();
    const outcomes = await env.h.engine.checkWatched();
    expect(outcomes.map((o) => [o.itemId, o.status]).sort()).toEqual([[mine.id, 'ok'], [escaped.id, 'ok']].sort());
    const checks = await sourcesDb(env.store.db).selectFrom('item_checks').select(['item_id', 'url']).execute();
    expect(checks.find((c) => c.item_id === escaped.id)?.url).toBe(`${site.origin()}/calls/moving.html`);
  });
});
