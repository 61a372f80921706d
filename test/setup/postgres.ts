/**
 * vitest globalSetup: provides `postgresUrl` (a server URL without a database; each test file creates its own).
 * Uses CALLWATCH_TEST_DATABASE_URL when set; otherwise starts a throw-away cluster from /usr/lib/postgresql/<v>/bin
 * (initdb as the `postgres` user when running as root, fsync off, 127.0.0.1 on a free port) and stops it afterwards.
 * Without PostgreSQL binaries this FAILS on purpose: the storage and API suites must run on both dialects.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is required for the storage/API test suites (they run on SQLite and PostgreSQL) but no server binaries ' +
        'were found under /usr/lib/postgresql/*/bin. Install them (apt-get install -y --no-install-recommends postgresql) ' +
        'or set CALLWATCH_TEST_DATABASE_URL=postgres://user@host:port to an existing server.',
    );
  }
  return join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.CALLWATCH_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const bin = findBinDir();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the cluster as the postgres user
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync(existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : 'runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const user = asRoot ? 'postgres' : (process.env.USER ?? 'postgres');
  const port = await freePort();
  run('initdb', ['-D', dir, '-U', user, '--auth=trust', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', [
    '-D', dir, '-l', join(dir, 'log'), '-w', 'start',
    '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`,
  ]);
  project.provide('postgresUrl', `postgres://${user}@127.0.0.1:${port}`);
  return () => {
    try {
      run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
