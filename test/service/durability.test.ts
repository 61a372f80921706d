/**
 * Durability on the real server process (DESIGN.md "Storage": every acknowledged write is durable): several
 * clients push concurrently, the process is killed with SIGKILL while pushes are in flight, a new process starts
 * on the same SQLite file / PostgreSQL database, and every op that had been answered `applied` or `duplicate`
 * is there with its value. The interrupted pushes are then retried, as a client would, and everything converges.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Item } from '../../shared/schema.ts';
import { bootstrapToken, killAllServe, startServe, type ServeProcess } from './helpers/serve-process.ts';
import { createTestDatabase, DIALECTS } from './helpers/store.ts';
import { hlcClock, pullAll, pushOps, type WireOp } from './helpers/sync-client.ts';

const PUSHERS = 4;
const OPS_PER_PUSH = 20;
/** acknowledged ops before the kill: enough for many interleaved commits */
const ACKED_BEFORE_KILL = 600;

/** What one client sent for one field of one item, in send (= hlc) order. */
interface Sent {
  value: string;
  acked: boolean;
}

/** One pushing client: its own items, creating new ones and rewriting `notes` of earlier ones. */
class Pusher {
  readonly clientId = crypto.randomUUID();
  readonly hlc = hlcClock(this.clientId);
  /** itemId → field → what was sent for it */
  readonly sent = new Map<string, { title: Sent[]; notes: Sent[] }>();
  acked = 0;
  /** the last push that got no answer (the kill came first) */
  interrupted: WireOp[] | undefined;
  /** when the interrupted push was sent (performance.now()) */
  interruptedSentAt = Infinity;
  lastAnswered: WireOp[] | undefined;
  private seq = 0;

  constructor(readonly name: string) {}

  /** A batch of ops: about two thirds create items, the rest rewrite the notes of an earlier item. */
  batch(): WireOp[] {
    const ops: WireOp[] = [];
    const known = [...this.sent.keys()];
    for (let i = 0; i < OPS_PER_PUSH; i++) {
      const n = this.seq++;
      const value = `${this.name}#${n}`;
      if (known.length === 0 || n % 3 !== 2) {
        const itemId = crypto.randomUUID();
        this.sent.set(itemId, { title: [{ value, acked: false }], notes: [] });
        ops.push({ opId: crypto.randomUUID(), itemId, hlc: this.hlc(), set: { kind: 'call', title: value } });
      } else {
        const itemId = known[(n * 7919) % known.length];
        this.sent.get(itemId)!.notes.push({ value, acked: false });
        ops.push({ opId: crypto.randomUUID(), itemId, hlc: this.hlc(), set: { notes: value } });
      }
    }
    return ops;
  }

  /** Marks the ops of an answered push as acknowledged (applied or duplicate). */
  acknowledge(ops: WireOp[], statuses: string[]): void {
    ops.forEach((op, i) => {
      expect(statuses[i], `op ${i} of ${this.name}`).toMatch(/^(applied|duplicate)$/);
      const field = 'notes' in op.set ? 'notes' : 'title';
      const entry = this.sent.get(op.itemId)![field].find((s) => s.value === op.set[field]);
      entry!.acked = true;
      this.acked += 1;
    });
  }

  /** Pushes until the server goes away; resolves when a push fails (the kill) or `stop()` says so. */
  async run(server: () => ServeProcess, token: string, stop: () => boolean): Promise<void> {
    while (!stop()) {
      const ops = this.batch();
      const sentAt = performance.now();
      let reply;
      try {
        reply = await pushOps(server().url, token, this.clientId, ops);
      } catch (error) {
        // a connection error is the kill; a non-200 answer is a bug and fails the test
        if (error instanceof Error && /push answered/.test(error.message)) throw error;
        this.interrupted = ops;
        this.interruptedSentAt = sentAt;
        return;
      }
      this.acknowledge(ops, reply.results.map((r) => r.status));
      this.lastAnswered = ops;
    }
  }

  /** Checks the pulled items against what was acknowledged: each field holds its last acked value or a later sent one. */
  check(items: Map<string, Item>, mode: 'acked' | 'all'): void {
    for (const [itemId, fields] of this.sent) {
      const item = items.get(itemId);
      for (const field of ['title', 'notes'] as const) {
        const history = fields[field];
        const lastAcked = history.findLastIndex((s) => s.acked);
        if (mode === 'all') {
          if (history.length > 0) expect(item?.[field], `${field} of ${itemId}`).toBe(history[history.length - 1].value);
          continue;
        }
        if (lastAcked < 0) continue;
        expect(item, `acknowledged item ${history[lastAcked].value}`).toBeDefined();
        const allowed = history.slice(lastAcked).map((s) => s.value);
        expect(allowed, `${field} of ${itemId}`).toContain(item![field]);
      }
    }
  }
}

/** Revs of a full pull: strictly increasing, one per item, ending at the cursor. */
function expectRevOrder(pulled: { items: Item[]; cursor: number }): void {
  const revs = pulled.items.map((i) => i.rev);
  for (let i = 1; i < revs.length; i++) expect(revs[i]).toBeGreaterThan(revs[i - 1]);
  expect(new Set(pulled.items.map((i) => i.id)).size).toBe(pulled.items.length);
  expect(pulled.cursor).toBe(revs[revs.length - 1]);
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await killAllServe();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(DIALECTS)('acknowledged pushes survive kill -9 (%s)', (dialect) => {
  it('keeps every applied/duplicate op of concurrent pushers through SIGKILL and a restart, and converges on retry', { timeout: 120_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'callwatch-durability-'));
    cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
    let args: string[] = [];
    let env: Record<string, string> = {};
    if (dialect === 'sqlite') {
      args = ['--db', join(cwd, 'durable.db')];
    } else {
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      env = { DATABASE_URL: database.url };
    }

    let server = await startServe(args, { cwd, env });
    const token = bootstrapToken(server.stderr());
    const pushers = Array.from({ length: PUSHERS }, (_, i) => new Pusher(`p${i}`));
    const totalAcked = () => pushers.reduce((sum, p) => sum + p.acked, 0);

    // kill -9 as soon as enough ops are acknowledged, while every pusher keeps pushing
    const first = server;
    let killedAt = 0;
    const killer = (async () => {
      while (totalAcked() < ACKED_BEFORE_KILL) await new Promise((r) => setTimeout(r, 2));
      killedAt = performance.now();
      await first.kill9();
    })();
    await Promise.all([killer, ...pushers.map((p) => p.run(() => first, token, () => false))]);
    expect(first.child.signalCode).toBe('SIGKILL');
    // every pusher's last push got no answer, and at least one of them was in flight when the kill came
    expect(pushers.every((p) => p.interrupted !== undefined)).toBe(true);
    expect(pushers.filter((p) => p.interruptedSentAt < killedAt).length).toBeGreaterThan(0);
    expect(totalAcked()).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);

    server = await startServe(args, { cwd, env });
    expect(server.stderr()).not.toMatch(/cw_/); // the same database: no second bootstrap team
    const afterRestart = await pullAll(server.url, token);
    expectRevOrder(afterRestart);
    const byId = new Map(afterRestart.items.map((item) => [item.id, item]));
    for (const pusher of pushers) pusher.check(byId, 'acked');

    // replaying an answered push changes nothing; retrying the interrupted one applies what had not landed
    for (const pusher of pushers) {
      const replay = await pushOps(server.url, token, pusher.clientId, pusher.lastAnswered!);
      expect(replay.results.map((r) => r.status)).toEqual(pusher.lastAnswered!.map(() => 'duplicate'));
      const retry = await pushOps(server.url, token, pusher.clientId, pusher.interrupted!);
      pusher.acknowledge(pusher.interrupted!, retry.results.map((r) => r.status));
    }
    const converged = await pullAll(server.url, token);
    expectRevOrder(converged);
    const finalById = new Map(converged.items.map((item) => [item.id, item]));
    for (const pusher of pushers) pusher.check(finalById, 'all');
    expect(converged.items.length).toBe(pushers.reduce((sum, p) => sum + p.sent.size, 0));

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
