/**
 * The service under measurement: `node <scripts/serve-node-flags> dist/callwatch.mjs serve`, built from the current
 * sources first — as `npm start` runs it — as a child process on 127.0.0.1, a fresh SQLite file,
 * the bench route on (CALLWATCH_BENCH_ROUTES=1) and the default log level — so the figures include the request log a
 * deployed service writes. Its log goes to a file, not a pipe, so draining it costs the bench process nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveNodeFlags } from '../bin/serve-flags.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = resolve(ROOT, 'dist/callwatch.mjs');

/** Builds dist/callwatch.mjs from the current sources, as `npm start` does before it serves. */
function buildService(): void {
  const built = spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-service.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the service failed: ${built.stderr}`);
}

/** The V8 flags `npm start` gives the service (scripts/serve-node-flags): the bench measures the service as shipped. */
export { serveNodeFlags };

export interface BenchServer {
  url: string;
  /** the admin token the first start printed */
  token: string;
  pid: number;
  /** VmRSS and VmHWM (peak) of the service process, in MB */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

/** Starts the service on a free port; resolves once it prints its URL. */
export async function startBenchServer(): Promise<BenchServer> {
  buildService();
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-bench-'));
  const logPath = join(dir, 'service.log');
  const log = openSync(logPath, 'w');
  const child: ChildProcess = spawn(process.execPath, [...serveNodeFlags(), BUILT, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'bench.db')], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: undefined, CALLWATCH_BENCH_ROUTES: '1' },
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });

  const deadline = Date.now() + 30_000;
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      cleanup();
      throw new Error(`the service did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
    url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logPath, 'utf8'))?.[1];
  }
  const token = /(cw_[A-Za-z0-9_-]{43})/.exec(stderr)?.[1];
  if (!token) {
    child.kill('SIGKILL');
    cleanup();
    throw new Error(`no admin token printed: ${stderr}`);
  }

  const pid = child.pid!;
  return {
    url,
    token,
    pid,
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      cleanup();
    },
  };
}
