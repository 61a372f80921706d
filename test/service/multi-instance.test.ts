/**
 * Two `callwatch serve` processes on one PostgreSQL database (DESIGN.md "Storage": PostgreSQL for several
 * instances): concurrent pushes alternate between them, incremental pullers alternate between them while the
 * pushes go on and must never skip a rev, both serve the same final state, and an SSE stream on one process hears
 * a push made on the other (LISTEN/NOTIFY, service/store/pg-notifier.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Item } from '../../shared/schema.ts';
import { bootstrapToken, killAllServe, startServe, type ServeProcess } from './helpers/serve-process.ts';
import { readSse } from './helpers/sse.ts';
import { createTestDatabase } from './helpers/store.ts';
import { hlcClock, pullAll, pullPage, pushOps, type WireOp } from './helpers/sync-client.ts';

const PUSHERS = 4;
const PUSHES_EACH = 25;
const OPS_PER_PUSH = 10;
const SHARED_ITEMS = 20;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await killAllServe();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A client pulling increments while others push: alternates between the instances page by page, keeps the
 * newest version of each item, and records every rev it was handed (which must only ever grow).
 */
async function incrementalPuller(servers: ServeProcess[], token: string, done: () => boolean) {
  const items = new Map<string, Item>();
  const revs: number[] = [];
  let cursor = 0;
  let turn = 0;
  let pages = 0;
  for (;;) {
    const finished = done(); // read before the page: the page after the last push must still be drained
    const page = await pullPage(servers[turn++ % servers.length].url, token, cursor, 25);
    pages += 1;
    for (const item of page.items) {
      revs.push(item.rev);
      items.set(item.id, item);
    }
    cursor = page.cursor;
    if (finished && !page.more) return { items, revs, cursor, pages };
  }
}

describe('two serve processes on one PostgreSQL database', () => {
  it('serve one team consistently: alternating pushes converge, concurrent pulls skip no rev, SSE crosses processes', { timeout: 120_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'callwatch-multi-'));
    cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const env = { DATABASE_URL: database.url };

    const a = await startServe([], { cwd, env });
    const token = bootstrapToken(a.stderr());
    const b = await startServe([], { cwd, env });
    expect(b.stderr()).not.toMatch(/cw_/); // the team exists: no second bootstrap
    const servers = [a, b];

    const sseOnA = readSse(await fetch(`${a.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } }));
    const sseOnB = readSse(await fetch(`${b.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } }));
    await Promise.all([sseOnA.until(/: connected/), sseOnB.until(/: connected/)]);

    // items every pusher writes to, so last-writer-wins is decided across processes
    const setupClient = crypto.randomUUID();
    const setupHlc = hlcClock(setupClient);
    const shared = Array.from({ length: SHARED_ITEMS }, () => crypto.randomUUID());
    const created = await pushOps(b.url, token, setupClient, shared.map((itemId, i) => ({ opId: crypto.randomUUID(), itemId, hlc: setupHlc(), set: { kind: 'event', title: `shared ${i}` } })));
    expect(created.results.every((r) => r.status === 'applied')).toBe(true);
    // a push on B is announced on A's stream (and on B's own)
    await Promise.all([sseOnA.until(new RegExp(`event: change\\ndata: \\{"cursor":${created.cursor}\\}`)), sseOnB.until(new RegExp(`"cursor":${created.cursor}\\}`))]);

    /** notes value sent per shared item, by hlc: the greatest hlc must win on both instances */
    const sharedWrites = new Map<string, { hlc: string; value: string }[]>();
    const ownItems = new Map<string, string>(); // itemId → title
    const pushCursors: number[] = [];
    let pushing = PUSHERS;
    const pushers = Array.from({ length: PUSHERS }, async (_, p) => {
      const clientId = crypto.randomUUID();
      const hlc = hlcClock(clientId);
      try {
        for (let k = 0; k < PUSHES_EACH; k++) {
          const ops: WireOp[] = [];
          for (let i = 0; i < OPS_PER_PUSH; i++) {
            const value = `p${p}-${k}-${i}`;
            if (i % 2 === 0) {
              const itemId = crypto.randomUUID();
              ownItems.set(itemId, value);
              ops.push({ opId: crypto.randomUUID(), itemId, hlc: hlc(), set: { kind: 'call', title: value } });
            } else {
              const itemId = shared[(p * 7 + k * 3 + i) % SHARED_ITEMS];
              const op = { opId: crypto.randomUUID(), itemId, hlc: hlc(), set: { notes: value } };
              sharedWrites.set(itemId, [...(sharedWrites.get(itemId) ?? []), { hlc: op.hlc, value }]);
              ops.push(op);
            }
          }
          const reply = await pushOps(servers[(p + k) % 2].url, token, clientId, ops);
          expect(reply.results.map((r) => r.status)).toEqual(ops.map(() => 'applied'));
          pushCursors.push(reply.cursor);
        }
      } finally {
        pushing -= 1; // the pullers drain and stop even when a push fails
      }
    });
    const pullers = [0, 1].map(() => incrementalPuller(servers, token, () => pushing === 0));
    const [pulled] = await Promise.all([Promise.all(pullers), Promise.all(pushers)]);

    // every push made a change, and the team lock gave each a distinct cursor
    expect(new Set(pushCursors).size).toBe(PUSHERS * PUSHES_EACH);

    const [fromA, fromB] = await Promise.all([pullAll(a.url, token), pullAll(b.url, token)]);
    expect(fromA).toEqual(fromB);
    const revs = fromA.items.map((i) => i.rev);
    expect(revs).toEqual([...revs].sort((x, y) => x - y));
    expect(new Set(revs).size).toBe(revs.length);
    expect(fromA.cursor).toBe(Math.max(...pushCursors));
    expect(fromA.items.length).toBe(SHARED_ITEMS + ownItems.size);

    const final = new Map(fromA.items.map((item) => [item.id, item]));
    for (const [itemId, title] of ownItems) expect(final.get(itemId)?.title).toBe(title);
    for (const [itemId, writes] of sharedWrites) {
      const winner = writes.reduce((best, w) => (w.hlc > best.hlc ? w : best));
      expect(final.get(itemId)?.notes, `notes of shared item ${itemId}`).toBe(winner.value);
    }

    // the incremental pullers, which ran during the pushes against both instances, hold exactly the final state
    for (const puller of pulled) {
      expect(puller.pages).toBeGreaterThan(2);
      for (let i = 1; i < puller.revs.length; i++) expect(puller.revs[i]).toBeGreaterThan(puller.revs[i - 1]);
      expect(puller.cursor).toBe(fromA.cursor);
      expect(new Map([...puller.items].sort(([x], [y]) => x.localeCompare(y)))).toEqual(new Map([...final].sort(([x], [y]) => x.localeCompare(y))));
    }

    // the last change reached both streams, whichever process committed it
    await Promise.all([sseOnA, sseOnB].map((sse) => sse.until(new RegExp(`"cursor":${fromA.cursor}\\}`))));
    const lastOnA = await pushOps(a.url, token, setupClient, [{ opId: crypto.randomUUID(), itemId: shared[0], hlc: setupHlc(), set: { status: 'watching' } }]);
    await sseOnB.until(new RegExp(`event: change\\ndata: \\{"cursor":${lastOnA.cursor}\\}`));
    expect((await pullPage(b.url, token, fromA.cursor)).items.map((i) => [i.id, i.status])).toEqual([[shared[0], 'watching']]);

    await Promise.all([sseOnA.cancel(), sseOnB.cancel()]);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });
});
