/**
 * The real sync service for the extension suites: its app over a migrated SQLite store in a temp dir, called in memory
 * (as in lib/sync/clock-skew.test.ts). Only the network between the extension and the service is the test's: a pull
 * can be held back, or fail as fetch does offline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createApp } from '../../service/app.ts';
import { createMemoryNotifier } from '../../service/notifier.ts';
import { addMember, createTeam } from '../../service/members/service.ts';
import { openMigratedStore } from '../../service/store/db.ts';
import { Clock } from '../../shared/sync/index.ts';
import type { Item } from '../../shared/schema.ts';
import { serviceClient, type ServiceClient } from '../../extension/lib/api.ts';
import type { FieldChanges } from '../../extension/lib/sync/ops.ts';

/** The path of the pull (serviceClient's `pull` in extension/lib/api.ts). */
const PULL_PATH = '/api/v1/sync/pull';

/** What the network does to the extension's pulls; a test may change it between rounds. */
export interface Network {
  /** a pull reaches the service only once this promise has settled (the moment between a push's answer and the pull) */
  pullGate?: Promise<unknown>;
  /** a pull cannot reach the service: fetch throws as it does offline */
  pullDown?: boolean;
}

/** Starts the service for the running test (removed when it ends) with a team of an admin (this browser's) and a colleague. */
export async function startSyncService() {
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-sync-'));
  const store = await openMigratedStore(join(dir, 'callwatch.db'));
  onTestFinished(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = createApp({ db: store.db, notifier: createMemoryNotifier() });
  const at = new Date().toISOString();
  const team = await createTeam(store.db, { name: 'Kreis', adminName: 'Ada', at });
  const colleague = await addMember(store.db, team.team.id, { name: 'Clara', role: 'member', at });
  const clientOf = (token: string, network: Network = {}): ServiceClient =>
    serviceClient('http://callwatch.test', token, async (input, init) => {
      if (new URL(String(input)).pathname === PULL_PATH) {
        await network.pullGate;
        if (network.pullDown) throw new TypeError('Failed to fetch');
      }
      return app.request(String(input), init);
    });
  const colleagueClientId = crypto.randomUUID();
  return {
    /** the extension's client of the service, over `network` */
    client: (network?: Network) => clientOf(team.token, network),
    /** the service's copy of the team's items, as a fresh copy pulls it */
    async items(): Promise<Item[]> {
      return (await clientOf(team.token).pull(0, 1000)).items;
    },
    /** a colleague's browser pushes an edit of an item, stamped `laterMs` after now on its clock */
    async colleagueEdits(itemId: string, set: FieldChanges, laterMs = 0): Promise<void> {
      const hlc = new Clock(colleagueClientId, () => Date.now() + laterMs).now();
      const reply = await clientOf(colleague.token).push(colleagueClientId, [{ opId: crypto.randomUUID(), itemId, hlc, set }]);
      if (reply.results[0]?.status !== 'applied') throw new Error(`the colleague's edit was not applied: ${JSON.stringify(reply.results)}`);
    },
  };
}
