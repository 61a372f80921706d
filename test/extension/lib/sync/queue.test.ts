import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHlc } from '../../../../shared/sync/index.ts';
import { clientClock } from '../../../../extension/lib/store/clock.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { syncProblems } from '../../../../extension/lib/store/problems.ts';
import { enqueueChanges, settlePush } from '../../../../extension/lib/sync/queue.ts';

beforeEach(() => fakeBrowser.reset());

describe('op queue', () => {
  it('stamps changes with increasing hlcs of one client id and stores them in order', async () => {
    const first = await enqueueChanges([{ itemId: 'a', set: { status: 'done' } }, { itemId: 'b', set: { notes: 'x' } }], 1_700_000_000_000);
    const second = await enqueueChanges([{ itemId: 'a', set: { status: 'watching' } }], 1_600_000_000_000); // wall clock went back
    const all = [...first, ...second];
    const clientId = (await clientClock.getValue()).clientId;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    for (const op of all) expect(parseHlc(op.hlc)?.clientId).toBe(clientId);
    const hlcs = all.map((op) => op.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(3);
    expect((await pendingOps.getValue()).map((op) => op.opId)).toEqual(all.map((op) => op.opId));
  });

  it('loses no op when saves and a push reply interleave', async () => {
    const sent = await enqueueChanges([{ itemId: 'a', set: { title: 'A', kind: 'call' } }]);
    const [, late] = await Promise.all([
      settlePush(sent, { results: [{ opId: sent[0].opId, status: 'applied' }], cursor: 1 }),
      enqueueChanges([{ itemId: 'b', set: { title: 'B', kind: 'event' } }]),
    ]);
    expect((await pendingOps.getValue()).map((op) => op.opId)).toEqual([late[0].opId]);
  });

  it('moves rejected ops to the problems list with the reason and keeps unanswered ones', async () => {
    const ops = await enqueueChanges([
      { itemId: 'a', set: { title: 'Klimaschutz', kind: 'call' } },
      { itemId: 'b', set: { title: 'B', kind: 'call' } },
      { itemId: 'c', set: { title: 'C', kind: 'call' } },
    ]);
    const { rejected } = await settlePush(ops, {
      results: [
        { opId: ops[0].opId, status: 'rejected', error: { code: 'validation', message: 'title: must be at most 500 characters' } },
        { opId: ops[1].opId, status: 'duplicate' },
      ],
      cursor: 3,
    });
    expect(rejected).toBe(1);
    expect((await pendingOps.getValue()).map((op) => op.itemId)).toEqual(['c']);
    const problems = await syncProblems.getValue();
    expect(problems).toHaveLength(1);
    expect(problems[0].title).toBe('Klimaschutz');
    expect(problems[0].error).toContain('at most 500');
  });
});
