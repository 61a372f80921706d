// The service's V8 flags (scripts/serve-node-flags — the same file `npm start` and the bench read) for a `callwatch
// serve` started some other way (`npx callwatch serve`): the flags a heap needs must be given when Node starts, so the
// process replaces itself once with a Node that has them (process.execve: same process id, same stdio). Flags the
// caller set already (on the command line or in NODE_OPTIONS) win; without process.execve (Node < 22.15) nothing happens.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MARK = 'CALLWATCH_SERVE_FLAGS_APPLIED';

/** The flags of scripts/serve-node-flags (lines starting with # are comments). */
export function serveNodeFlags() {
  const text = readFileSync(new URL('../scripts/serve-node-flags', import.meta.url), 'utf8');
  return text.split('\n').filter((line) => !line.startsWith('#')).join(' ').split(/\s+/).filter(Boolean);
}

/** The flags of scripts/serve-node-flags that neither `execArgv` nor `nodeOptions` sets yet. */
export function missingServeFlags(execArgv, nodeOptions = '') {
  const flags = serveNodeFlags();
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map((flag) => flag.split('=')[0].replaceAll('_', '-')));
  return flags.filter((flag) => !given.has(flag.split('=')[0].replaceAll('_', '-')));
}

/** Re-executes this `callwatch serve` with the missing flags; returns when there is nothing to do. */
export function applyServeFlags(bin) {
  if (process.env[MARK] === '1' || typeof process.execve !== 'function') return;
  const missing = missingServeFlags(process.execArgv, process.env.NODE_OPTIONS);
  if (missing.length === 0) return;
  process.execve(process.execPath, [process.execPath, ...missing, ...process.execArgv, fileURLToPath(bin), ...process.argv.slice(2)], { ...process.env, [MARK]: '1' });
}
