#!/usr/bin/env node
// The `callwatch` command. Runs the TypeScript sources directly through tsx's loader.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`callwatch needs Node.js 22.12 or newer (this is ${process.version}). Run "npm start" once: it brings a suitable Node into .tools/.`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../service/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
