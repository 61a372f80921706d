/**
 * The item schema at every write route (issue 15, items 3 and 4): a date outside 1970–2199 is refused by POST, PATCH
 * and push, naming the field; text with NUL, other control characters or lone surrogates is stored normalised — on
 * PostgreSQL as a row its `jsonb` cast can read.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { hlcAt, uuid } from '../helpers/api.ts';
import { expectError, failingFields } from '../helpers/expect.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

describe.each(DIALECTS)('item dates and text at the boundary on %s', (dialect) => {
  const api = useTestApi(dialect);
  const push = (token: string, clientId: string, ops: unknown[]) => api.call('POST', '/api/v1/sync/push', { token, body: { clientId, ops } });

  it('refuses a deadline, start or end outside 1970–2199 with a 400 naming the field', async () => {
    const { token } = await api.team();
    const open = { date: '9999-12-31', label: 'Antragsfrist', kind: 'application' };
    expect(await failingFields(await api.call('POST', '/api/v1/items', { token, body: { kind: 'call', title: 'Offen', deadlines: [open] } }))).toEqual(['deadlines.0.date']);
    const created = await api.call('POST', '/api/v1/items', { token, body: { kind: 'event', title: 'Tagung', start: '2027-05-01' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const patch = await expectError(await api.call('PATCH', `/api/v1/items/${id}`, { token, body: { start: '1969-12-31', end: '2200-01-01T10:00' } }), 400);
    expect(patch.details?.fields).toEqual([
      { field: 'start', message: 'muss ein Datum von 1970 bis 2199 sein' },
      { field: 'end', message: 'muss ein Datum von 1970 bis 2199 sein' },
    ]);

    const client = uuid();
    const op = { opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client), set: { kind: 'call', title: 'Offen', deadlines: [open] } };
    const pushed = await push(token, client, [op]);
    expect(pushed.status).toBe(200);
    expect(((await pushed.json()) as { results: unknown[] }).results).toEqual([
      { opId: op.opId, status: 'rejected', error: 'set.deadlines.0.date: muss ein Datum von 1970 bis 2199 sein' },
    ]);
    expect((await api.call('GET', `/api/v1/items/${op.itemId}`, { token })).status).toBe(404);
  });

  it('stores text with NUL, control characters and lone surrogates normalised, whichever route wrote it', async () => {
    const { token, teamId } = await api.team();
    const dirty = 'Förder\u0000aufruf\u0007 \ud83d\ude00 \ud800';
    const clean = 'Förderaufruf \ud83d\ude00 \ufffd';
    const client = uuid();
    const itemId = uuid();
    const op = {
      opId: uuid(), itemId, hlc: hlcAt(Date.now(), client),
      set: { kind: 'call', title: dirty, notes: `a\r\nb\u0000`, tags: [dirty], deadlines: [{ date: '2027-03-31', label: dirty, kind: 'application' }] },
    };
    expect(((await (await push(token, client, [op])).json()) as { results: { status: string }[] }).results[0].status).toBe('applied');
    const posted = await api.call('POST', '/api/v1/items', { token, body: { kind: 'event', title: 'Tagung', summary: dirty, location: `\udc00${dirty}`, start: '2027-05-01' } });
    expect(posted.status).toBe(201);
    const postedId = ((await posted.json()) as { id: string }).id;
    expect((await api.call('PATCH', `/api/v1/items/${postedId}`, { token, body: { organizer: dirty } })).status).toBe(200);

    const pushedItem = await (await api.call('GET', `/api/v1/items/${itemId}`, { token })).json();
    expect(pushedItem).toMatchObject({ title: clean, notes: 'a\nb', tags: [clean], deadlines: [{ date: '2027-03-31', label: clean, kind: 'application' }] });
    expect(await (await api.call('GET', `/api/v1/items/${postedId}`, { token })).json()).toMatchObject({ summary: clean, location: `\ufffd${clean}`, organizer: clean });

    const rows = await api.store.db.selectFrom('items').select('fields').where('team_id', '=', teamId).execute();
    for (const row of rows) expect(row.fields).not.toMatch(/\\u0000|\\u0007|\\ud800|\\udc00/i);
    if (dialect === 'postgres') {
      // what the watch query did before: it failed for every team on one such row
      const cast = await sql<{ title: string }>`select fields::jsonb ->> 'title' as title from items where team_id = ${teamId} order by title`.execute(api.store.db);
      expect(cast.rows.map((r) => r.title)).toEqual([clean, 'Tagung'].sort());
    }
  });
});
