/**
 * The extension keeps its clock within the service's (DESIGN.md "Sync protocol"; issue 15, item 2): against the real
 * service (its app over a SQLite file, called in memory) with the browser's clock running fast.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_HLC_AHEAD_MS, parseHlc } from '../../../../shared/sync/index.ts';
import { createApp } from '../../../../service/app.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import { createTeam } from '../../../../service/members/service.ts';
import { openMigratedStore, type Store } from '../../../../service/store/db.ts';
import { serviceClient, type ServiceClient } from '../../../../extension/lib/api.ts';
import { clientClock } from '../../../../extension/lib/store/clock.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { syncProblems } from '../../../../extension/lib/store/problems.ts';
import { enqueueChanges, followServerTime } from '../../../../extension/lib/sync/queue.ts';
import { syncOnce } from '../../../../extension/lib/sync/sync-client.ts';
import { speak } from '../../fixtures.ts';

const MINUTE = 60_000;
const SERVICE_NOW = Date.UTC(2026, 10, 22, 12);
const msOf = (hlc: string) => parseHlc(hlc)?.ms ?? Number.NaN;

let dir: string;
let store: Store;
let api: ServiceClient;
let token: string;

beforeEach(async () => {
  fakeBrowser.reset();
  dir = mkdtempSync(join(tmpdir(), 'callwatch-skew-'));
  store = await openMigratedStore(join(dir, 'callwatch.db'));
  const app = createApp({ db: store.db, notifier: createMemoryNotifier(), now: () => SERVICE_NOW });
  token = (await createTeam(store.db, { name: 'Kreis', adminName: 'Admin', at: new Date(SERVICE_NOW).toISOString() })).token;
  api = serviceClient('http://callwatch.test', token, async (input, init) => app.request(String(input), init));
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The service's copy of an item: its title and the hlc per field. */
async function served(itemId: string) {
  const row = await store.db.selectFrom('items').select(['fields', 'hlcs']).where('id', '=', itemId).executeTakeFirst();
  return row && { title: (JSON.parse(row.fields) as { title: string }).title, hlcs: JSON.parse(row.hlcs) as Record<string, string> };
}

describe('the extension follows the service clock', () => {
  it('re-stamps ops the service refused as 10 minutes ahead, under new opIds, and stamps later ops on the corrected clock', async () => {
    const fast = SERVICE_NOW + 10 * MINUTE;
    const itemId = crypto.randomUUID();
    const [op] = await enqueueChanges([{ itemId, set: { kind: 'call', title: 'Schnell erfasst' } }], fast);

    const outcome = await syncOnce(api, () => fast);
    expect(outcome).toMatchObject({ ok: true, rejected: 0 });
    expect(await syncProblems.getValue()).toEqual([]);
    expect(await pendingOps.getValue()).toEqual([]);
    const item = await served(itemId);
    expect(item?.title).toBe('Schnell erfasst');
    // stamped on the service's time, not the fast clock's
    expect(msOf(item!.hlcs.title)).toBeGreaterThanOrEqual(SERVICE_NOW);
    expect(msOf(item!.hlcs.title)).toBeLessThan(SERVICE_NOW + MINUTE);
    const applied = await store.db.selectFrom('applied_ops').select('op_id').execute();
    expect(applied.map((r) => r.op_id)).not.toContain(op.opId);

    // the offset stays: an op made a second later on the fast clock is a second after the service's time
    expect((await clientClock.getValue()).offsetMs).toBe(-10 * MINUTE);
    const [later] = await enqueueChanges([{ itemId, set: { notes: 'danach' } }], fast + 1000);
    expect(msOf(later.hlc)).toBeGreaterThanOrEqual(SERVICE_NOW);
    expect(msOf(later.hlc)).toBeLessThan(SERVICE_NOW + 2000);
  });

  it("keeps a member's own order: an edit after one the service took 3 minutes ahead still wins", async () => {
    const fast = SERVICE_NOW + 3 * MINUTE;
    const itemId = crypto.randomUUID();
    await enqueueChanges([{ itemId, set: { kind: 'call', title: 'erst so' } }], fast);
    expect(await syncOnce(api, () => fast)).toMatchObject({ ok: true, rejected: 0 });
    expect((await served(itemId))?.title).toBe('erst so');
    expect((await clientClock.getValue()).offsetMs).toBe(-3 * MINUTE);

    // ten seconds later the member corrects the title: the corrected clock says 12:00:10, but the service holds
    // the title at 12:03 from this member — the new edit must order after it
    await enqueueChanges([{ itemId, set: { title: 'dann so' } }], fast + 10_000);
    expect(await syncOnce(api, () => fast + 10_000)).toMatchObject({ ok: true, rejected: 0 });
    expect((await served(itemId))?.title).toBe('dann so');
  });

  it('re-stamps unsent pending ops that are ahead when an answer shows it, in queue order after the ones it keeps', async () => {
    const itemId = crypto.randomUUID();
    const [onTime] = await enqueueChanges([{ itemId, set: { kind: 'call', title: 'pünktlich' } }], SERVICE_NOW);
    const ahead = await enqueueChanges(
      [
        { itemId, set: { title: 'vor' } },
        { itemId, set: { title: 'noch weiter vor' } },
      ],
      SERVICE_NOW + 4 * MINUTE,
    );
    expect(await followServerTime(new Date(SERVICE_NOW).toISOString(), SERVICE_NOW + 4 * MINUTE)).toBe(2);
    const pending = await pendingOps.getValue();
    expect(pending[0]).toEqual(onTime);
    expect(pending.slice(1).map((op) => op.set)).toEqual(ahead.map((op) => op.set));
    for (const [i, op] of pending.slice(1).entries()) {
      expect(op.opId).not.toBe(ahead[i].opId);
      expect(msOf(op.hlc)).toBeLessThan(SERVICE_NOW + 1000);
    }
    const hlcs = pending.map((op) => op.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);

    // an answer without a readable serverTime (an older service, a garbled body) changes nothing
    expect(await followServerTime('gestern', SERVICE_NOW + 4 * MINUTE)).toBe(0);
    expect(await followServerTime(undefined, SERVICE_NOW + 4 * MINUTE)).toBe(0);
    expect(await pendingOps.getValue()).toEqual(pending);
  });

  it('gives up re-stamping after a few tries when the service keeps refusing an op as ahead: it becomes a problem', async () => {
    await speak('de');
    // a broken service: whatever the hlc, its time is always 10 minutes behind it
    let pushes = 0;
    const broken: ServiceClient = {
      ...api,
      async push(_clientId, ops) {
        pushes += 1;
        const serverTime = new Date(Math.min(...ops.map((op) => msOf(op.hlc))) - 2 * MAX_HLC_AHEAD_MS).toISOString();
        return { results: ops.map((op) => ({ opId: op.opId, status: 'rejected' as const, error: 'hlc: more than 5 minutes ahead of the server clock' })), cursor: 0, serverTime };
      },
    };
    await enqueueChanges([{ itemId: crypto.randomUUID(), set: { kind: 'call', title: 'zu weit vor' } }], SERVICE_NOW);
    expect(await syncOnce(broken, () => SERVICE_NOW)).toMatchObject({ ok: true, rejected: 1 });
    expect(pushes).toBe(4);
    expect(await pendingOps.getValue()).toEqual([]);
    const problems = await syncProblems.getValue();
    expect(problems.map((p) => p.title)).toEqual(['zu weit vor']);
    expect(problems[0].error).toMatch(/^Die Uhr dieses Computers geht mehr als 5 Minuten vor/);
  });
});
