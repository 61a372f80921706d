/**
 * The extension's `GET /api/v1/alerts?since=<cursor>` after a cleanup: a member whose cursor is older than the oldest
 * row left gets what is left (no error, no gap-filling), and new alerts go on numbering where the team left off.
 */
import { describe, expect, it } from 'vitest';
import { appendToInbox } from '../../../service/alerts/inbox.ts';
import { runRetention } from '../../../service/retention/run.ts';
import { DIALECTS } from '../helpers/store.ts';
import { useTestApi } from '../helpers/suite.ts';

const NOW = Date.parse('2027-09-01T00:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

interface InboxPage {
  alerts: { seq: number; createdAt: string; n: number }[];
  cursor: number;
  more: boolean;
}

describe.each(DIALECTS)('alert inbox after a cleanup (%s)', (dialect) => {
  const api = useTestApi(dialect);

  it('answers what is left for a cursor older than the oldest kept alert', async () => {
    const admin = await api.team();
    const member = await admin.add('member');
    const append = (to: { teamId: string; memberId: string }, n: number, daysAgo: number) =>
      appendToInbox(api.store.db, { teamId: to.teamId, memberId: to.memberId, outboxId: crypto.randomUUID(), payload: { n }, at: ago(daysAgo) });
    await append(member, 1, 200); // seq 1
    await append(admin, 2, 150); // seq 2
    await append(member, 3, 100); // seq 3
    await append(member, 4, 30); // seq 4
    await append(admin, 5, 120); // seq 5
    await append(member, 6, 1); // seq 6
    const page = async (token: string, since: number, limit = 1000): Promise<InboxPage> => {
      const res = await api.call('GET', `/api/v1/alerts?since=${since}&limit=${limit}`, { token });
      expect(res.status).toBe(200);
      return (await res.json()) as InboxPage;
    };
    expect((await page(member.token, 0)).alerts.map((a) => a.n)).toEqual([1, 3, 4, 6]);

    expect(await runRetention(api.store.db, { nowMs: NOW })).toEqual({ outbox: 0, inbox: 4, sourceRuns: 0, corrections: 0 });

    // the member last pulled at seq 1 (now deleted), or never
    for (const since of [0, 1, 3]) {
      expect(await page(member.token, since)).toEqual({ alerts: [expect.objectContaining({ seq: 4, n: 4 }), expect.objectContaining({ seq: 6, n: 6 })], cursor: 6, more: false });
    }
    expect(await page(member.token, 0, 1)).toMatchObject({ alerts: [{ seq: 4 }], cursor: 4, more: true });
    // everything of the admin's is gone: an empty page that keeps the cursor
    expect(await page(admin.token, 2)).toEqual({ alerts: [], cursor: 2, more: false });
    expect(await page(admin.token, 0)).toEqual({ alerts: [], cursor: 0, more: false });

    // numbers are never reused: the next alert comes after every cursor handed out
    await append(admin, 7, 0);
    expect(await page(admin.token, 5)).toMatchObject({ alerts: [{ seq: 7, n: 7 }], cursor: 7, more: false });
  });
});
