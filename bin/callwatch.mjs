#!/usr/bin/env node
// The `callwatch` command. Runs the compiled service (dist/callwatch.mjs, scripts/build-service.mjs) while it is
// fresh — built after the last change of every source file it was built from — and the TypeScript sources through
// tsx's loader otherwise (a checkout without a build, or sources edited since). CALLWATCH_FROM_SOURCE=1 forces tsx.
// `callwatch serve` runs with the service's V8 flags (serve-flags.mjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freshBuild } from './fresh-build.mjs';
import { applyServeFlags } from './serve-flags.mjs';
import { isSuitable, toolsNode } from './suitable-node.mjs';

if (!isSuitable(process.versions.node)) {
  const node = toolsNode(new URL('../', import.meta.url));
  if (!node) {
    console.error(`callwatch needs Node.js 22.12 or newer (this is ${process.version}). Run "npm start" once: it brings a suitable Node into .tools/.`);
    process.exit(1);
  }
  // hand over to the Node that `npm start` fetched, with the same arguments, terminal and exit status
  const { status, signal } = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? (signal ? 1 : 0));
}

if (process.argv[2] === 'serve') applyServeFlags(new URL(import.meta.url));

const built = process.env.CALLWATCH_FROM_SOURCE === '1' ? undefined : freshBuild(new URL('../', import.meta.url));
if (built) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../service/cli/run.ts');
}
