/**
 * `node bin/callwatch.mjs serve` as a real child process, for the tests that need a process to kill or several
 * processes on one database: starts it on a free port, waits for the printed URL, and keeps its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../../bin/callwatch.mjs');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** stderr so far (the first start on an empty database prints the admin token there) */
  stderr(): string;
  /** resolves with the exit code (null when killed by a signal) */
  exited: Promise<number | null>;
  /** SIGKILL, then waits for the exit */
  kill9(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Starts `callwatch serve --port 0 …` in `cwd`; resolves once it prints its URL. */
export function startServe(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd: options.cwd,
    env: { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'warn', ...options.env },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      running.delete(child);
      done(code);
    }),
  );
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stdout} ${stderr}`)), 30_000);
    child.stdout!.on('data', (d) => {
      stdout += d;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolveStart({
        child,
        url: match[1],
        stderr: () => stderr,
        exited,
        async kill9() {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

/** Kills every serve process still running (afterEach), so no test leaves one behind. */
export async function killAllServe(): Promise<void> {
  const waits = [...running].map((child) => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGKILL'))));
  await Promise.all(waits);
}

/** The admin token the first start on an empty database printed. */
export function bootstrapToken(stderr: string): string {
  const token = /(cw_[A-Za-z0-9_-]{43})/.exec(stderr)?.[1];
  if (!token) throw new Error(`no admin token printed: ${stderr}`);
  return token;
}
