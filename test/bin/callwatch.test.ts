import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild } from '../../bin/fresh-build.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, args, { cwd, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    ),
  );
}

describe('freshBuild', () => {
  let root: string;
  let rootUrl: URL;
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 1, 12, 0, seconds));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'callwatch-fresh-'));
    rootUrl = pathToFileURL(`${root}/`);
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'dist'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A build at second 10 from src/a.ts and src/b.ts, with the given mtimes of the sources. */
  function layout(aAt: number, bAt: number) {
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/b.ts'), 'export const b = 2;\n');
    writeFileSync(join(root, 'dist/callwatch.mjs'), '// built\n');
    writeFileSync(join(root, 'dist/callwatch.inputs.json'), JSON.stringify({ inputs: ['src/a.ts', 'src/b.ts'] }));
    utimesSync(join(root, 'src/a.ts'), at(aAt), at(aAt));
    utimesSync(join(root, 'src/b.ts'), at(bAt), at(bAt));
    utimesSync(join(root, 'dist/callwatch.mjs'), at(10), at(10));
  }

  it('names the build while every source it lists is older', () => {
    layout(1, 10);
    expect(freshBuild(rootUrl)?.href).toBe(new URL('dist/callwatch.mjs', rootUrl).href);
  });

  it('refuses it once one source changed after the build', () => {
    layout(1, 11);
    expect(freshBuild(rootUrl)).toBeUndefined();
  });

  it('refuses it when a listed source is gone, or the list or the module is missing', () => {
    layout(1, 2);
    rmSync(join(root, 'src/b.ts'));
    expect(freshBuild(rootUrl)).toBeUndefined();
    layout(1, 2);
    rmSync(join(root, 'dist/callwatch.inputs.json'));
    expect(freshBuild(rootUrl)).toBeUndefined();
    layout(1, 2);
    rmSync(join(root, 'dist/callwatch.mjs'));
    expect(freshBuild(rootUrl)).toBeUndefined();
  });
});

describe('the compiled service (scripts/build-service.mjs)', () => {
  // built inside the project, where its npm packages resolve; not dist/ itself, which other suites may be running
  const outdir = join(ROOT, 'dist', `test-${randomUUID()}`);
  let built: string;
  let home: string;

  beforeAll(async () => {
    const result = await run(['--input-type=module', '-e', `const m = await import('./scripts/build-service.mjs'); console.log(await m.buildService(${JSON.stringify(outdir)}));`]);
    expect(result.stderr).toBe('');
    built = result.stdout.trim();
    home = mkdtempSync(join(tmpdir(), 'callwatch-built-'));
  }, 60_000);
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('lists the sources it was built from, all of them project files', () => {
    const { inputs } = JSON.parse(readFileSync(join(outdir, 'callwatch.inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toEqual(expect.arrayContaining(['service/cli/run.ts', 'service/main.ts', 'shared/schema.ts']));
    expect(inputs.every((input) => !input.startsWith('node_modules') && !input.startsWith('/'))).toBe(true);
  });

  it('runs the command line with plain node, no TypeScript loader', async () => {
    const help = await run([built, 'help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: callwatch <command>');
    expect(help.stdout).toContain('serve');
    const unknown = await run([built, 'nope']);
    expect(unknown.code).toBe(2);
  });

  it('serves the API on a fresh SQLite file', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [built, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', join(home, 'cw.db')], { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const url = await new Promise<string>((found, fail) => {
        child.stdout.on('data', (d) => {
          out += d;
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match) found(match[1]);
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}: ${err}`)));
      });
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
      expect(await health.json()).toEqual({ ok: true, version });
      const token = /(cw_[A-Za-z0-9_-]{43})/.exec(err)?.[1];
      const me = await fetch(`${url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await me.json()) as { member: { role: string } }).member.role).toBe('admin');
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
