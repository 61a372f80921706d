/**
 * `npm run bench -- floor`: how close any implementation can come to the sync target "empty delta pull ≥ 50 % of a
 * bare Hono route" on this machine. bench/floor-server.ts serves the bare route next to a hand-written empty delta
 * pull that does only what the service must do for every request (see there); the same load as the sync bench
 * (bench/load.ts) gives its requests/s against the bare route's, and its CPU per request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFloorServer } from './floor-process.ts';
import { CONNECTIONS, loadRoutes, type Route } from './load.ts';
import type { Bench, BenchFigure } from './types.ts';

const FLOOR_TOKEN = `cw_${'f'.repeat(43)}`;

export const benchFloor: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-floor-'));
  const server = await startFloorServer(FLOOR_TOKEN, join(dir, 'floor.log'));
  const port = server.port;
  try {
    const at = (path: string, token = true): Route => ({ url: `http://127.0.0.1:${port}${path}`, headers: token ? { Authorization: `Bearer ${FLOOR_TOKEN}` } : {} });
    const load = await loadRoutes(server.pid, {
      bare: at('/bench/bare', false),
      full: at('/floor/full?since=10'),
      noLog: at('/floor/no-log?since=10'),
      noHeaders: at('/floor/no-headers?since=10'),
    });
    const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
    const bareName = `floor: bare Hono route (req/s, ${CONNECTIONS} connections)`;
    const bare = { name: bareName, value: round(load.bare.rate) };
    const cpuBare = { name: 'floor: bare route, CPU per request', value: round(load.bare.cpuUs, 1) };
    const figures: BenchFigure[] = [
      { ...bare, unit: 'req/s' },
      {
        name: 'floor: hand-written empty delta pull — request id, headers, log line, token lookup, query check (req/s)',
        value: round(load.full.rate),
        unit: 'req/s',
        baseline: bare,
      },
      { name: 'floor: the same without the log line (req/s)', value: round(load.noLog.rate), unit: 'req/s', baseline: bare },
      { name: 'floor: the same without the response headers (req/s)', value: round(load.noHeaders.rate), unit: 'req/s', baseline: bare },
      { ...cpuBare, unit: 'µs' },
      { name: 'floor: hand-written empty delta pull, CPU per request', value: round(load.full.cpuUs, 1), unit: 'µs', baseline: cpuBare },
    ];
    return figures;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
};
