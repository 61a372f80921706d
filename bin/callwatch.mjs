#!/usr/bin/env node
// The `callwatch` command. Runs the compiled service (dist/callwatch.mjs, scripts/build-service.mjs) while it is
// fresh — built after the last change of every source file it was built from — and the TypeScript sources through
// tsx's loader otherwise (a checkout without a build, or sources edited since). CALLWATCH_FROM_SOURCE=1 forces tsx.
// `callwatch serve` runs with the service's V8 flags (serve-flags.mjs).
import { freshBuild } from './fresh-build.mjs';
import { applyServeFlags } from './serve-flags.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`callwatch needs Node.js 22.12 or newer (this is ${process.version}). Run "npm start" once: it brings a suitable Node into .tools/.`);
  process.exit(1);
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
