import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild } from '../../bin/fresh-build.mjs';
import { missingServeFlags, serveNodeFlags } from '../../bin/serve-flags.mjs';
import { CORPUS_DIR } from '../fixtures/corpus/index.ts';
import { LAZY_PACKAGES as LAZY } from '../service/helpers/lazy-packages.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, args, { cwd, timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
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

describe('the V8 flags of callwatch serve', () => {
  it('adds the flags of scripts/serve-node-flags the caller did not set', () => {
    const flags = serveNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    expect(missingServeFlags([])).toEqual(flags);
    expect(missingServeFlags([...flags])).toEqual([]);
    // the caller's own value wins, from the command line or NODE_OPTIONS, in either spelling
    expect(missingServeFlags(['--max-old-space-size=1024'])).toEqual(flags.filter((f) => !f.startsWith('--max-old-space-size')));
    expect(missingServeFlags([], '--max_semi_space_size=8 --trace-warnings')).toEqual(flags.filter((f) => !f.startsWith('--max-semi-space-size')));
  });

  it('npx callwatch serve runs with them, in the same process', { timeout: 60_000 }, async () => {
    const home = mkdtempSync(join(tmpdir(), 'callwatch-flags-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin/callwatch.mjs'), 'serve', '--port', '0', '--host', '127.0.0.1', '--db', join(home, 'cw.db')], {
      cwd: home,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    try {
      await new Promise<void>((found, fail) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('listening on')) found();
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
      const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
      for (const flag of serveNodeFlags()) expect(cmdline).toContain(flag);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(home, { recursive: true, force: true });
    }
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

  it('extracts a page through the lazily loaded extraction chunk, as the sources do', async () => {
    expect(readdirSync(join(outdir, 'chunks')).some((file) => file.startsWith('extract-'))).toBe(true);
    const page = join(CORPUS_DIR, 'allerweltshaus-koeln-klaaf-international-2016.html');
    const fromBuild = await run([built, 'extract', page, '--now', '2016-01-15']);
    expect(fromBuild.code).toBe(0);
    const items = (JSON.parse(fromBuild.stdout) as { items: { title: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    // the same answer as the TypeScript sources give
    const fromSource = await run(['bin/callwatch.mjs', 'extract', page, '--now', '2016-01-15'], ROOT, { CALLWATCH_FROM_SOURCE: '1' });
    expect(JSON.parse(fromBuild.stdout)).toEqual(JSON.parse(fromSource.stdout));
  });

  it('serves the API on a fresh SQLite file, loading no module it loads on first use', { timeout: 60_000 }, async () => {
    // a module hook in the served process notes every npm package it imports or requires
    const seenFile = join(home, 'seen.txt');
    const hook = `
      import { registerHooks } from 'node:module';
      import { appendFileSync } from 'node:fs';
      registerHooks({ resolve(specifier, context, next) {
        if (!/^[.\\/]|^[a-z]+:/.test(specifier)) appendFileSync(${JSON.stringify(seenFile)}, specifier + '\\n');
        return next(specifier, context);
      } });`;
    writeFileSync(seenFile, '');
    const hookArg = `data:text/javascript,${encodeURIComponent(hook)}`;
    const child = spawn(process.execPath, ['--import', hookArg, built, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', join(home, 'cw.db')], { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const seen = new Set(readFileSync(seenFile, 'utf8').split('\n').filter(Boolean));
      expect(seen.has('hono')).toBe(true); // the hook works
      expect(LAZY.filter((name) => seen.has(name))).toEqual([]);
      // a posted page is read in the extraction worker built beside the service (dist/extract-worker.mjs)
      const html = '<!DOCTYPE html><html lang="de"><body><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2030</p></body></html>';
      const read = await fetch(`${url}/api/v1/extract`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: 'https://a.example/aufruf', html }),
      });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { items: { deadline: string }[] }).items.map((i) => i.deadline)).toEqual(['2030-06-30']);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
