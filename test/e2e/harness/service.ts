/** The real callwatch service as a child process (`callwatch serve`), and its CLI for teams and members. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/callwatch.mjs');

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A fresh database file in a temporary folder. */
export function freshDatabase(): string {
  return join(mkdtempSync(join(tmpdir(), 'callwatch-e2e-db-')), 'callwatch.db');
}

/** Runs a `callwatch … --json` command against `db` and parses its output. */
export function cliJson<T>(args: string[], db: string): T {
  const out = execFileSync(process.execPath, [BIN, ...args, '--db', db, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as T;
}

/** Runs a `callwatch …` command (one without `--json`) against `db`; returns its output. */
export function cli(args: string[], db: string): string {
  return execFileSync(process.execPath, [BIN, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts `callwatch serve` on 127.0.0.1 (port 0 = any free port); resolves once it listens. `env`: more of its environment. */
export function startService(db: string, port = 0, env: Record<string, string> = {}): Promise<RunningService> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--host', '127.0.0.1', '--port', String(port), '--db', db], {
    cwd: ROOT,
    // the agency pages are served on 127.0.0.1: sources and extraction may reach them (as on an intranet deployment)
    env: { ...process.env, LOG_LEVEL: 'warn', CALLWATCH_ALLOW_PRIVATE_SOURCES: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not start within 30 s:\n${log}`));
    }, 30_000);
    child.stderr!.on('data', (chunk) => (log += String(chunk)));
    child.stdout!.on('data', (chunk) => {
      log += String(chunk);
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(log);
      if (!m) return;
      clearTimeout(timer);
      resolveStart({
        url: m[1],
        port: Number(m[2]),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 8_000).unref();
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${log}`));
    });
  });
}

/** GET on the service's API with a member's token. */
export async function apiGet<T>(service: RunningService, path: string, token: string): Promise<T> {
  const response = await fetch(`${service.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
