/**
 * Convergence: simulated offline-first clients make random ops (creations, field sets, deletes), push them in random
 * batches with lost replies (retries) and duplicates, interleaved with paged pulls. Afterwards every client holds the
 * server's items, and every field holds the value of the op with the greatest hlc that set it — checked against an
 * independent model built from the ops alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemDefaults, type Item, type ItemFields } from '../../shared/schema.ts';
import { Clock } from '../../shared/sync/hlc.ts';
import type { Op, OpSet } from '../../shared/sync/op.ts';
import { applyPulled, overlay } from '../../shared/sync/overlay.ts';
import { DIALECTS } from './helpers/store.ts';
import { useTestApi } from './helpers/suite.ts';

/** A small deterministic PRNG, so a failing seed replays exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const WORDS = ['Nakopa', 'Klima', 'Kultur', 'Jugend', '<b>fett</b>', 'Förder', 'EU'];
function randomSet(rng: Rng): OpSet {
  const set: OpSet = {};
  const fields = rng.int(3) + 1;
  for (let i = 0; i < fields; i++) {
    switch (rng.int(7)) {
      case 0: set.title = `${rng.pick(WORDS)} ${rng.int(100)}`; break;
      case 1: set.notes = rng.pick(WORDS).repeat(rng.int(3)); break;
      case 2: set.status = rng.pick(['new', 'watching', 'applying', 'submitted', 'done', 'dismissed'] as const); break;
      case 3: set.tags = WORDS.filter(() => rng.chance(0.3)); break;
      case 4: set.deleted = rng.chance(0.6); break;
      case 5: set.deadlines = rng.chance(0.5) ? [] : [{ date: `2027-0${rng.int(9) + 1}-1${rng.int(10)}`, label: rng.pick(WORDS), kind: 'application' }]; break;
      default: set.watch = rng.chance(0.5);
    }
  }
  return set;
}

interface SimClient {
  id: string;
  clock: Clock;
  held: Map<string, Item>;
  cursor: number;
  pending: Op[];
  /** ops pushed whose reply was lost: sent again later as duplicates */
  resend: Op[];
}

describe.each(DIALECTS)('convergence on %s', (dialect) => {
  let shared = Date.UTC(2026, 10, 22, 9);
  const api = useTestApi(dialect, { now: () => shared });

  it('all clients end with identical items, every field the value of its greatest-hlc op', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 4 }), async (seed, clientCount) => {
        const rng = prng(seed);
        const admin = await api.team(`seed ${seed}`);
        const tokens = [admin.token, ...(await Promise.all(Array.from({ length: clientCount - 1 }, () => admin.add('member').then((m) => m.token))))];
        const clients: SimClient[] = tokens.map(() => {
          const id = crypto.randomUUID();
          const skew = rng.int(10_000) - 5_000;
          return { id, clock: new Clock(id, () => shared + skew), held: new Map(), cursor: 0, pending: [], resend: [] };
        });
        const allOps = new Map<string, Op>();

        const push = async (c: number, all = false) => {
          const client = clients[c];
          const count = all ? client.pending.length : rng.int(client.pending.length) + 1;
          let batch = client.pending.slice(0, count);
          // duplicates: ops already sent (lost replies, or a flaky client repeating itself)
          if (client.resend.length && rng.chance(0.5)) batch = [...client.resend.splice(0, rng.int(client.resend.length) + 1), ...batch];
          if (batch.length && rng.chance(0.2)) batch = [...batch, batch[rng.int(batch.length)]];
          if (!batch.length) return;
          const res = await api.call('POST', '/api/v1/sync/push', { token: tokens[c], body: { clientId: client.id, ops: batch } });
          expect(res.status).toBe(200);
          const { results } = await res.json();
          for (const r of results) expect(r.status, r.error).not.toBe('rejected');
          const sent = client.pending.splice(0, count);
          if (!all && rng.chance(0.25)) client.resend.push(...sent); // the reply was "lost": the client will retry them
        };

        const pull = async (c: number) => {
          const client = clients[c];
          for (let more = true; more; ) {
            const res = await api.call('GET', `/api/v1/sync/pull?since=${client.cursor}&limit=${rng.int(5) + 1}`, { token: tokens[c] });
            expect(res.status).toBe(200);
            const page = await res.json();
            client.held = applyPulled(client.held, page.items);
            client.cursor = page.cursor;
            more = page.more;
          }
        };

        const steps = 60 + rng.int(60);
        for (let step = 0; step < steps; step++) {
          shared += rng.int(50);
          const c = rng.int(clients.length);
          const client = clients[c];
          const visible = overlay([...client.held.values()], client.pending, { now: new Date(shared).toISOString() });
          const action = rng.int(10);
          if (action < 2 || visible.length === 0) {
            const op: Op = {
              opId: crypto.randomUUID(),
              itemId: crypto.randomUUID(),
              hlc: client.clock.now(),
              set: { ...randomSet(rng), kind: rng.pick(['call', 'event'] as const), title: `${rng.pick(WORDS)} neu` },
            };
            client.pending.push(op);
            allOps.set(op.opId, op);
          } else if (action < 6) {
            const target = rng.pick(visible);
            const op: Op = { opId: crypto.randomUUID(), itemId: target.id, hlc: client.clock.now(), set: rng.chance(0.15) ? { deleted: true } : randomSet(rng) };
            client.pending.push(op);
            allOps.set(op.opId, op);
          } else if (action < 8) {
            await push(c);
          } else {
            await pull(c);
          }
        }
        // everyone comes online: push everything (lost replies resent), then pull to the end
        for (let c = 0; c < clients.length; c++) {
          clients[c].pending.unshift(...clients[c].resend.splice(0));
          await push(c, true);
        }
        for (let c = 0; c < clients.length; c++) await pull(c);

        const server = await (await api.call('GET', '/api/v1/sync/pull?since=0&limit=1000', { token: admin.token })).json();
        const sorted = (items: Iterable<Item>) => [...items].sort((x, y) => x.id.localeCompare(y.id));
        for (const client of clients) expect(sorted(client.held.values())).toEqual(sorted(server.items));

        // the independent model: per item, per field, the value of the op with the greatest hlc
        const model = new Map<string, { kind: ItemFields['kind']; best: Map<string, { hlc: string; value: unknown }> }>();
        for (const op of allOps.values()) {
          let entry = model.get(op.itemId);
          // ops are recorded in creation order, so an item's first op is the one creating it: its kind decides the
          // defaults of the fields no op set
          if (!entry) model.set(op.itemId, (entry = { kind: op.set.kind!, best: new Map() }));
          for (const [field, value] of Object.entries(op.set)) {
            const current = entry.best.get(field);
            if (!current || op.hlc > current.hlc) entry.best.set(field, { hlc: op.hlc, value });
          }
        }
        expect(server.items).toHaveLength(model.size);
        for (const item of server.items as Item[]) {
          const entry = model.get(item.id)!;
          const expected: Record<string, unknown> = { ...itemDefaults(entry.kind) };
          for (const [field, { value }] of entry.best) expected[field] = value;
          for (const [field, value] of Object.entries(expected)) expect(item[field as keyof Item], `${item.id}.${field}`).toEqual(value);
        }
      }),
      { numRuns: dialect === 'sqlite' ? 12 : 6 },
    );
  });
});
