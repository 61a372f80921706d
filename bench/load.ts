/**
 * Load on a server process with autocannon (10 connections, 127.0.0.1): requests/s of each route and the CPU time the
 * process spent per request (utime + stime from /proc, less noisy than requests/s on a machine whose two cores are
 * shared). Routes are alternated, so drift of the machine hits all of them alike.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export const CONNECTIONS = 10;

export interface Route {
  url: string;
  headers: Record<string, string>;
}

export interface RouteLoad {
  /** mean requests/s over the passes */
  rate: number;
  /** median CPU µs of the server process per request */
  cpuUs: number;
}

/** CPU ms (user + system) the process has used so far. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

/** One autocannon run; refuses a run with errors or non-2xx answers (they would flatter it). */
async function run(route: Route, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({ url: route.url, headers: route.headers, connections: CONNECTIONS, duration: seconds });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${route.url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return result;
}

/** Warms every route up for a second, then loads each `passes` times for `seconds`, alternating. */
export async function loadRoutes<Name extends string>(pid: number, routes: Record<Name, Route>, passes = 2, seconds = 3): Promise<Record<Name, RouteLoad>> {
  const names = Object.keys(routes) as Name[];
  for (const name of names) await run(routes[name], 1); // JIT, connections
  const samples = Object.fromEntries(names.map((name) => [name, { rates: [] as number[], cpu: [] as number[] }])) as Record<Name, { rates: number[]; cpu: number[] }>;
  for (let pass = 0; pass < passes; pass++) {
    for (const name of names) {
      const before = cpuMs(pid);
      const result = await run(routes[name], seconds);
      samples[name].rates.push(result.requests.average);
      samples[name].cpu.push(((cpuMs(pid) - before) * 1000) / Math.max(1, result.requests.total));
    }
  }
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return Object.fromEntries(names.map((name) => [name, { rate: mean(samples[name].rates), cpuUs: median(samples[name].cpu) }])) as Record<Name, RouteLoad>;
}
