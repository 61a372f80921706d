import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/store.ts';
import { readSse } from '../helpers/sse.ts';
import { BIN, cli } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'callwatch-serve-'));
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `callwatch serve` as a real process; resolves with its URL once it prints it. */
function startServe(args: string[], env: Record<string, string | undefined> = {}): Promise<{ child: ChildProcess; url: string; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: dir, env: { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'warn', ...env } });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => (running.delete(child), done(code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stdout} ${stderr}`)), 20_000);
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      stdout += d;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], stderr: () => stderr, exited });
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('callwatch serve (a real process)', () => {
  it('creates a first team once, prints its admin token to stderr and the URL, answers /health, stops on SIGTERM', async () => {
    const first = await startServe(['--port', '0', '--db', 'serve.db']);
    expect(first.url).not.toMatch(/:0$/);
    const health = await fetch(`${first.url}/health`);
    expect(await health.json()).toEqual({ ok: true, version: expect.any(String) });
    const token = /(cw_[A-Za-z0-9_-]{43})/.exec(first.stderr())?.[1];
    expect(token).toBeDefined();
    expect(first.stderr()).toMatch(/Mein Team/);
    expect(first.stderr()).toMatch(/Erweiterung/);
    expect(first.stderr()).toMatch(/extension/);
    const me = await (await fetch(`${first.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).json();
    expect(me).toMatchObject({ team: { name: 'Mein Team' }, member: { name: 'Admin', role: 'admin' } });

    // a CLI command works on the same file while the service runs, and its token is accepted at once
    const teamId = me.team.id;
    const added = await cli(['member', 'add', '--team', teamId, 'Neu', '--json', '--db', 'serve.db'], { cwd: dir });
    const newToken = JSON.parse(added.stdout).token;
    expect((await fetch(`${first.url}/api/v1/me`, { headers: { Authorization: `Bearer ${newToken}` } })).status).toBe(200);

    // an open event stream does not keep the process from stopping
    const events = await fetch(`${first.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } });
    expect(events.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startServe(['--port', '0', '--db', 'serve.db']);
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    expect(second.stderr()).not.toMatch(/cw_/);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});

describe('two `callwatch serve` processes on one PostgreSQL database', () => {
  it('serve one team consistently; SSE on one process hears pushes made on the other', async () => {
    const database = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([startServe(['--port', '0'], { DATABASE_URL: database.url }), startServe(['--port', '0'], { DATABASE_URL: database.url })]);
      // both started on an empty database at once: exactly one of them created the first team and printed its token
      const tokens = (a.stderr() + b.stderr()).match(/cw_[A-Za-z0-9_-]{43}/g) ?? [];
      expect(tokens).toHaveLength(1);
      const token = tokens[0];
      const auth = { Authorization: `Bearer ${token}` };
      const sse = readSse(await fetch(`${b.url}/api/v1/events`, { headers: auth }));
      await sse.until(/: connected/);
      const clientId = crypto.randomUUID();
      const pushes = Array.from({ length: 10 }, (_, i) =>
        fetch(`${(i % 2 ? a : b).url}/api/v1/sync/push`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            clientId,
            ops: [{ opId: crypto.randomUUID(), itemId: crypto.randomUUID(), hlc: `${Date.now()}-${String(i).padStart(4, '0')}-${clientId}`, set: { kind: 'call', title: `n${i}` } }],
          }),
        }),
      );
      expect((await Promise.all(pushes)).map((r) => r.status)).toEqual(Array(10).fill(200));
      await sse.until(/data: \{"cursor":10\}/);
      const [fromA, fromB] = await Promise.all([a, b].map(async (s) => (await fetch(`${s.url}/api/v1/sync/pull?since=0`, { headers: auth })).json()));
      // the same data from both processes; each answer carries its own process's serverTime
      const { serverTime: timeA, ...dataA } = fromA;
      const { serverTime: timeB, ...dataB } = fromB;
      expect(dataA).toEqual(dataB);
      expect([timeA, timeB].map((t) => Number.isNaN(Date.parse(t)))).toEqual([false, false]);
      expect(fromA.items.map((i: { rev: number }) => i.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await sse.cancel();
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    } finally {
      await database.drop();
    }
  });
});
