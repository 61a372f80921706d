/**
 * What business rules need besides input: storage, wall time and change notifications. The service's hlc clock is
 * per team and lives in the team row (team-clock.ts): write transactions stamp with `TeamWrite.stamp`.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/api/members.ts';
import type { Notifier } from '../notifier.ts';
import type { Database } from '../store/schema.ts';
import type { ReadCache } from './read-cache.ts';

export interface ServiceDeps {
  db: Kysely<Database>;
  /** wall time in ms (injected so tests control it) */
  now: () => number;
  notifier: Notifier;
  /** token and empty-pull answers from memory while the store is unchanged (SQLite); absent: always query */
  readCache?: ReadCache;
}

/** a member's role: the members API's contract (shared/api/members.ts) */
export type { Role };

/** The authenticated caller: one member of one team. */
export interface Actor {
  team: { id: string; name: string };
  member: { id: string; name: string; role: Role };
}

/** ISO time of the injected clock. */
export function isoNow(deps: Pick<ServiceDeps, 'now'>): string {
  return new Date(deps.now()).toISOString();
}
