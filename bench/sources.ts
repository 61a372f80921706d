/**
 * Benchmark of watched sources: 200 page sources on a local fixture site (one host name each, all resolved to
 * 127.0.0.1), run by the real engine — polite fetcher, extractor, SQLite store — with its default limits.
 * Figures: CPU ms per fetched page (median of the changed cycle's runs, fetch + extract + store), the wall time of a
 * cycle with nothing changed (all 304, target ≤ 2 s) and with everything changed, and the process's peak RSS
 * during those cycles. A warm-up cycle first fills the store and the robots.txt cache, as a running service has them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v4 as uuidv4 } from 'uuid';
import { Clock } from '../shared/sync/hlc.ts';
import { createMemoryNotifier } from '../service/notifier.ts';
import { createTeam } from '../service/members/service.ts';
import { createScrapeEngine, type ScrapeEngine } from '../service/sources/engine.ts';
import { sharedExtractor } from '../service/scrape/extractor.ts';
import { createPoliteFetcher } from '../service/scrape/polite-fetcher.ts';
import type { RunOutcome } from '../service/scrape/run.ts';
import { createSource } from '../service/sources/service.ts';
import { sourcesDb } from '../service/sources/tables.ts';
import { openMigratedStore } from '../service/store/db.ts';
import type { Bench, BenchFigure } from './types.ts';

const SOURCES = 200;
const PAGE = readFileSync(new URL('../test/fixtures/corpus/dev/skew-nakopa-bekanntmachung-2024-zweistufig.html', import.meta.url), 'utf8');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A site whose pages carry a version: bumping it changes every page (new ETag, a moved deadline). */
async function startSite(): Promise<{ server: Server; port: number; bump(): void }> {
  let version = 0;
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    // each host its own call (else all 200 would rightly be matched to one item), each version a moved deadline
    const host = (req.headers.host ?? '').replace(/[:.].*$/, '');
    const body = PAGE.replaceAll('Nakopa', `Nakopa ${host}`).replace('31. Juli 2023', `${31 - version}. Juli 2023`);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, bump: () => void version++ };
}

/** One scheduler cycle: claim and run until nothing is due. */
async function cycle(engine: ScrapeEngine, makeDue: () => Promise<unknown>): Promise<{ ms: number; outcomes: RunOutcome[] }> {
  await makeDue();
  const started = performance.now();
  const outcomes: RunOutcome[] = [];
  for (let batch = await engine.runDue(); batch.length > 0; batch = await engine.runDue()) outcomes.push(...batch);
  return { ms: performance.now() - started, outcomes };
}

export const benchSources: Bench = async (): Promise<BenchFigure[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-bench-sources-'));
  const site = await startSite();
  const store = await openMigratedStore(join(dir, 'callwatch.db'));
  const notifier = createMemoryNotifier();
  const deps = { db: store.db, notifier, clock: new Clock(uuidv4(), Date.now), now: Date.now };
  const engine = createScrapeEngine(deps, {
    fetcher: createPoliteFetcher({ allowPrivate: true, lookup: async () => [{ address: '127.0.0.1', family: 4 }] }),
    extract: sharedExtractor,
  });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    const { team, member } = await createTeam(store.db, { name: 'Bench', adminName: 'Admin', at: new Date().toISOString() });
    const actor = { team, member: { ...member, role: 'admin' as const } };
    for (let i = 0; i < SOURCES; i++) {
      await createSource(deps, { allowPrivate: true }, actor, { name: `Quelle ${i}`, url: `http://agency-${i}.test:${site.port}/call.html`, kind: 'page' });
    }
    const makeDue = () => sourcesDb(store.db).updateTable('sources').set({ next_run_at: '2000-01-01T00:00:00.000Z' }).execute();

    await cycle(engine, makeDue); // warm-up: items created, robots.txt cached, validators stored
    const rssBefore = process.memoryUsage().rss;
    peakRss = 0;
    const unchanged = await cycle(engine, makeDue);
    site.bump();
    const cpuBefore = process.cpuUsage();
    const changed = await cycle(engine, makeDue);
    const cpu = process.cpuUsage(cpuBefore);
    const notModified = unchanged.outcomes.filter((o) => o.run.httpStatus === 304).length;
    const moved = changed.outcomes.filter((o) => o.run.changed === 1).length;
    if (notModified !== SOURCES || moved !== SOURCES) {
      throw new Error(`bench sources: expected ${SOURCES} × 304 and ${SOURCES} changed, got ${notModified} and ${moved}`);
    }
    // runs overlap in a cycle, so its CPU is only known as a whole; per page, one source after the other is measured
    const cyclePerPage = (cpu.user + cpu.system) / 1000 / changed.outcomes.length;
    const perPage: number[] = [];
    for (let i = 0; i < 31; i++) {
      site.bump();
      const before = process.cpuUsage();
      await engine.runNow(changed.outcomes[i].sourceId, 'manual');
      const used = process.cpuUsage(before);
      perPage.push((used.user + used.system) / 1000);
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      { name: 'sources: CPU per fetched page, median (fetch + extract + match + store, changed page)', value: round(median(perPage)), unit: 'ms' },
      { name: 'sources: CPU per page over the changed cycle (total ÷ pages)', value: round(cyclePerPage), unit: 'ms' },
      { name: `sources: cycle over ${SOURCES} sources, nothing changed (all 304)`, value: Math.round(unchanged.ms), unit: 'ms', target: '≤ 2 s' },
      { name: `sources: cycle over ${SOURCES} sources, everything changed`, value: Math.round(changed.ms), unit: 'ms' },
      { name: 'sources: median run duration, everything changed', value: median(changed.outcomes.map((o) => o.run.durationMs ?? 0)), unit: 'ms' },
      {
        name: 'sources: peak RSS during the cycles',
        value: Math.round(peakRss / 1024 / 1024),
        unit: 'MB',
        baseline: { name: 'RSS before the cycles (store, modules, warm-up done)', value: Math.round(rssBefore / 1024 / 1024) },
      },
    ];
  } finally {
    clearInterval(sampler);
    await engine.close();
    await notifier.close();
    await store.close();
    await new Promise<void>((resolve) => site.server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
};

// `node bin/run-ts.mjs bench/sources.ts` runs this group alone
if (process.argv[1]?.endsWith('bench/sources.ts')) {
  console.log(JSON.stringify(await benchSources(), null, 2));
}
