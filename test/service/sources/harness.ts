/** A scrape engine over a test store and the fixture site, with a team and its admin. */
import { afterEach, beforeEach } from 'vitest';
import { createMemoryNotifier } from '../../../service/notifier.ts';
import type { Actor } from '../../../service/services/context.ts';
import { createTeam } from '../../../service/members/service.ts';
import { createScrapeEngine, type ScrapeEngine } from '../../../service/sources/engine.ts';
import { sharedExtractor } from '../../../service/scrape/extractor.ts';
import { createPoliteFetcher } from '../../../service/scrape/polite-fetcher.ts';
import { createSource } from '../../../service/sources/service.ts';
import type { Source } from '../../../shared/api/sources.ts';
import type { NewSourceBody } from '../../../service/sources/schema.ts';
import { sourcesDb } from '../../../service/sources/tables.ts';
import { liveItemRows, rowToItem } from '../../../service/items/repository.ts';
import type { Item } from '../../../shared/schema.ts';
import type { FixtureSite } from '../scrape/fixture-site.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import type { DialectName } from '../../../service/store/db.ts';

/** The day the fixture pages are read on: the Nakopa call is open, the ICS has future and past events. */
export const NOW = Date.parse('2023-06-01T08:00:00Z');

export interface Harness {
  actor: Actor;
  deps: { db: TestStore['db']; notifier: ReturnType<typeof createMemoryNotifier>; now: () => number };
  engine: ScrapeEngine;
  /** another engine (a second service instance) on the same store */
  second(): ScrapeEngine;
  add(body: NewSourceBody): Promise<Source>;
  /** makes every source due now */
  makeDue(): Promise<void>;
  items(): Promise<Item[]>;
  close(): Promise<void>;
}

export async function harness(store: TestStore, site: FixtureSite, options: { timeoutMs?: number; allowPrivate?: boolean } = {}): Promise<Harness> {
  const started = Date.now();
  // the fixture day, moving forward with real time so runs and hlcs stay ordered
  const now = () => NOW + (Date.now() - started);
  const notifier = createMemoryNotifier();
  const deps = { db: store.db, notifier, now };
  const created = await createTeam(store.db, { name: 'Team', adminName: 'Admin', at: new Date(now()).toISOString() });
  const actor: Actor = { team: { id: created.team.id, name: created.team.name }, member: { id: created.member.id, name: 'Admin', role: 'admin' } };
  const engines: ScrapeEngine[] = [];
  const makeEngine = () => {
    const engine = createScrapeEngine(deps, {
      fetcher: createPoliteFetcher({ allowPrivate: options.allowPrivate ?? true, lookup: site.lookup, minDelayMs: 0, timeoutMs: options.timeoutMs ?? 1500, now }),
      extract: sharedExtractor,
      // room for every source of a test at once: slots are not what these tests measure
      maxRuns: 32,
    });
    engines.push(engine);
    return engine;
  };
  const engine = makeEngine();
  return {
    actor,
    deps,
    engine,
    second: makeEngine,
    add: (body) => createSource(deps, { allowPrivate: true }, actor, body),
    async makeDue() {
      await sourcesDb(store.db).updateTable('sources').set({ next_run_at: '2000-01-01T00:00:00.000Z' }).execute();
    },
    items: async () => (await liveItemRows(store.db, actor.team.id)).map(rowToItem),
    async close() {
      for (const e of engines) await e.close();
      await notifier.close();
    },
  };
}

/**
 * A fresh store of the dialect and a harness over it for every test of the enclosing describe block; the fixture
 * site's request log and robots.txt overrides start empty for each test.
 */
export function useHarness(dialect: DialectName, site: () => FixtureSite): { readonly store: TestStore; readonly h: Harness } {
  let current: { store: TestStore; h: Harness } | undefined;
  beforeEach(async () => {
    const store = await openTestStore(dialect);
    current = { store, h: await harness(store, site()) };
    site().requests.length = 0;
    site().robots.clear();
  });
  afterEach(async () => {
    await current?.h.close();
    await current?.store.dispose();
    current = undefined;
  });
  const open = () => {
    if (!current) throw new Error('useHarness: only inside the tests of its describe block');
    return current;
  };
  return {
    get store() {
      return open().store;
    },
    get h() {
      return open().h;
    },
  };
}
