/**
 * Benchmark of the sync service on a real server process (SQLite, 127.0.0.1): a full pull of 10,000 items, a push of
 * 1,000 ops (two pushes of 500, the most one push may hold), requests/s of an empty delta pull against a bare Hono
 * route served by the same process (autocannon, same connections; target ≥ 50 % of the bare route) — and, to show
 * where the difference goes, against GET /health, which passes the app's whole middleware stack (request id, log,
 * security headers, CORS) but needs no token and no storage, and GET /api/v1/me, which adds only the token lookup —
 * and the service's memory at start and holding 100,000 items after a full pull (target ≤ 200 MB). Items are
 * realistic clips; every figure is measured in this run, each ratio against a baseline of this run.
 */
import { CONNECTIONS, loadRoutes } from './load.ts';
import { startBenchServer, type BenchServer } from './serve-process.ts';
import type { Bench, BenchFigure } from './types.ts';

const PUSH_SIZE = 500;
const RUNS = 5;

/** Clips as the extension makes them: a funding call with its page, organizer, summary, deadlines and tags. */
function clipOps(from: number, count: number, tick: () => string): unknown[] {
  return Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (n % 12)).padStart(2, '0');
    return {
      opId: crypto.randomUUID(),
      itemId: crypto.randomUUID(),
      hlc: tick(),
      set: {
        kind: n % 5 === 0 ? 'event' : 'call',
        title: `Förderaufruf ${n}: Kommunaler Klimaschutz und nachhaltige Mobilität im ländlichen Raum`,
        url: `https://www.foerderdatenbank.example/aufruf/${n}`,
        organizer: 'Bundesministerium für Wirtschaft und Klimaschutz',
        summary:
          'Gefördert werden Kommunen, kommunale Unternehmen und Zweckverbände bei investiven Maßnahmen zur Minderung von ' +
          'Treibhausgasen. Projektskizzen sind über das Portal einzureichen; die Förderquote beträgt bis zu 70 Prozent.',
        deadlines: [{ date: `2027-${month}-${day}`, label: 'Einreichung der Projektskizze', kind: 'submission' }],
        tags: ['Klimaschutz', `Runde ${n % 7}`],
        status: 'new',
        watch: n % 3 === 0,
      },
    };
  });
}

/** A client's clock: strictly increasing hlcs. */
function clock(clientId: string): () => string {
  let last = 0;
  let counter = 0;
  return () => {
    const ms = Date.now();
    counter = ms > last ? 0 : counter + 1;
    last = Math.max(ms, last);
    return `${String(last).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${clientId}`;
  };
}

export interface SyncClient {
  push(count: number): Promise<void>;
  /** pulls everything since `since`, page by page; returns how many items came */
  pullAll(since?: number): Promise<{ items: number; cursor: number }>;
}

/** A sync client of the bench server, making realistic clips. */
export function syncClient(server: BenchServer): SyncClient {
  const clientId = crypto.randomUUID();
  const tick = clock(clientId);
  const auth = { Authorization: `Bearer ${server.token}` };
  let made = 0;
  return {
    async push(count) {
      for (let done = 0; done < count; done += PUSH_SIZE) {
        const ops = clipOps(made, Math.min(PUSH_SIZE, count - done), tick);
        made += ops.length;
        const res = await fetch(`${server.url}/api/v1/sync/push`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ clientId, ops }),
        });
        const body = (await res.json()) as { results?: { status: string; error?: string }[] };
        const bad = body.results?.find((r) => r.status !== 'applied');
        if (res.status !== 200 || bad) throw new Error(`push failed: ${res.status} ${JSON.stringify(bad ?? body)}`);
      }
    },
    async pullAll(since = 0) {
      let items = 0;
      let cursor = since;
      for (;;) {
        const res = await fetch(`${server.url}/api/v1/sync/pull?since=${cursor}&limit=1000`, { headers: auth });
        if (res.status !== 200) throw new Error(`pull failed: ${res.status}`);
        const page = (await res.json()) as { items: unknown[]; cursor: number; more: boolean };
        items += page.items.length;
        cursor = page.cursor;
        if (!page.more) return { items, cursor };
      }
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs the sync benchmarks against a fresh service process. */
export const benchSync: Bench = async () => {
  const server = await startBenchServer();
  try {
    const atStart = server.memory();
    const client = syncClient(server);
    await client.push(10_000);

    const pullTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      pullTimes.push(
        await timed(async () => {
          const { items } = await client.pullAll();
          if (items !== 10_000) throw new Error(`full pull returned ${items} items`);
        }),
      );
    }
    const fullPull = median(pullTimes);
    // each run pushes 1,000 new items on top (10,000 → 15,000)
    const pushTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) pushTimes.push(await timed(() => client.push(1000)));
    const push1000 = median(pushTimes);

    // an empty delta: a client that is up to date asks for changes since the current cursor
    const { cursor } = await client.pullAll();
    const auth = { Authorization: `Bearer ${server.token}` };
    const routes = {
      bare: { url: `${server.url}/bench/bare`, headers: {} },
      health: { url: `${server.url}/health`, headers: {} },
      me: { url: `${server.url}/api/v1/me`, headers: auth },
      delta: { url: `${server.url}/api/v1/sync/pull?since=${cursor}`, headers: auth },
    };
    const load = await loadRoutes(server.pid, routes);
    const [bareRate, healthRate, meRate, deltaRate] = [load.bare.rate, load.health.rate, load.me.rate, load.delta.rate];

    await client.push(100_000 - 15_000);
    const all = await client.pullAll();
    if (all.items !== 100_000) throw new Error(`full pull returned ${all.items} items`);
    const memory = server.memory();

    const bareName = `bare Hono route, same server, no middleware (req/s, ${CONNECTIONS} connections)`;
    const healthName = `GET /health: all middleware, no auth, no storage (req/s, ${CONNECTIONS} connections)`;
    const figures: BenchFigure[] = [
      { name: 'full pull of 10,000 items (10 pages of 1,000)', value: round(fullPull), unit: 'ms' },
      { name: 'push of 1,000 ops (2 pushes of 500, new items)', value: round(push1000), unit: 'ms' },
      { name: bareName, value: round(bareRate), unit: 'req/s' },
      { name: healthName, value: round(healthRate), unit: 'req/s', baseline: { name: bareName, value: round(bareRate) } },
      {
        name: `empty delta pull (req/s, ${CONNECTIONS} connections)`,
        value: round(deltaRate),
        unit: 'req/s',
        target: '≥ 50 % of the bare route',
        baseline: { name: bareName, value: round(bareRate) },
      },
      {
        name: `GET /api/v1/me: all middleware and the token lookup (req/s, ${CONNECTIONS} connections)`,
        value: round(meRate),
        unit: 'req/s',
        baseline: { name: healthName, value: round(healthRate) },
      },
      {
        name: `empty delta pull against GET /health (req/s, ${CONNECTIONS} connections)`,
        value: round(deltaRate),
        unit: 'req/s',
        baseline: { name: healthName, value: round(healthRate) },
      },
      { name: 'service CPU per request: bare route', value: round(load.bare.cpuUs, 1), unit: 'µs' },
      { name: 'service CPU per request: GET /health', value: round(load.health.cpuUs, 1), unit: 'µs', baseline: { name: 'bare route', value: round(load.bare.cpuUs, 1) } },
      { name: 'service CPU per request: empty delta pull', value: round(load.delta.cpuUs, 1), unit: 'µs', baseline: { name: 'bare route', value: round(load.bare.cpuUs, 1) } },
      { name: 'service RSS at start, empty database', value: atStart.rssMb, unit: 'MB' },
      { name: 'service RSS holding 100,000 items, after a full pull', value: memory.rssMb, unit: 'MB', target: '≤ 200 MB' },
      { name: 'service peak RSS (VmHWM) over the whole bench', value: memory.peakMb, unit: 'MB' },
    ];
    return figures;
  } finally {
    await server.stop();
  }
};
