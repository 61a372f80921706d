/** Starts bench/floor-server.ts as a child process (with the service's V8 flags) and stops it. */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveNodeFlags } from './serve-process.ts';

const SERVER = resolve(import.meta.dirname, 'floor-server.ts');

export interface FloorServer {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** The floor server knowing `token`, its log lines written to `logPath`; resolves once it listens. */
export async function startFloorServer(token: string, logPath: string): Promise<FloorServer> {
  const log = openSync(logPath, 'w');
  const child = spawn(process.execPath, [...serveNodeFlags(), '--import', 'tsx', SERVER], {
    stdio: ['ignore', log, 'pipe'],
    cwd: resolve(import.meta.dirname, '..'),
    env: { ...process.env, FLOOR_TOKEN: token },
  });
  closeSync(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const port = await new Promise<number>((found, fail) => {
      let err = '';
      child.stderr!.on('data', (d) => {
        err += d;
        const match = /floor listening on (\d+)/.exec(err);
        if (match) found(Number(match[1]));
      });
      child.once('exit', (code) => fail(new Error(`the floor server exited with ${code}: ${err}`)));
    });
    return { port, pid: child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
