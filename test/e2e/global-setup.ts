/**
 * Builds the extension once for the end-to-end run (Chrome MV3, mode "e2e") into a temporary folder and hands its path
 * to the test files. The build is a child process so WXT's global state in vitest's own process stays untouched.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'callwatch-e2e-build-'));
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-m', 'e2e'], {
    cwd: root,
    env: { ...process.env, CALLWATCH_OUT_DIR: outDir, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // WXT names the folder after target and mode: chrome-mv3-e2e
  const [built] = readdirSync(outDir).filter((name) => name.startsWith('chrome-mv3'));
  project.provide('extensionDir', join(outDir, built));
  return () => rmSync(outDir, { recursive: true, force: true });
}
