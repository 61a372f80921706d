/**
 * What the hot read paths may answer from memory: token hash → actor, and per team a cursor above which nothing is
 * committed (so an up-to-date client's delta pull is empty without a query). Every entry is only as good as the
 * store's change stamp it was read under (store/db.ts: on SQLite this connection's `total_changes()` — our own
 * writes, revocations included, the moment they are made — and `PRAGMA data_version` — commits of other connections,
 * the CLI or a second service, within a millisecond). The stamp is read on every use; when it moved, everything is
 * dropped, so a revoked token is refused on the next request and a change pushed anywhere shows in the next pull.
 * Misses (unknown tokens, new ones) always go to the database. Without a stamp (PostgreSQL) nothing is cached.
 */
import type { Actor } from './context.ts';

/** A token stamp of the store's state; undefined when it cannot tell (no stamp, or the store is closing). */
export type ChangeStamp = () => string | undefined;

export class ReadCache {
  #at: string | undefined;
  #actors = new Map<string, Actor>();
  #quiet = new Map<string, number>();

  constructor(
    private readonly stamp: ChangeStamp,
    private readonly maxEntries = 10_000,
  ) {}

  /** The actor of a token hash: from memory while the store is unchanged, else from `load` (remembered if found). */
  async actor(hash: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
    const at = this.#fresh();
    const hit = at === undefined ? undefined : this.#actors.get(hash);
    if (hit) return hit;
    const actor = await load();
    if (actor && this.#unchangedSince(at)) this.#remember(this.#actors, hash, actor);
    return actor;
  }

  /** The stamp to pass to `rememberQuiet` after a query (read before it), or undefined when unsure. */
  before(): string | undefined {
    return this.#fresh();
  }

  /** True when nothing of the team above `since` is committed, known without a query. */
  isQuiet(teamId: string, since: number): boolean {
    if (this.#fresh() === undefined) return false;
    const quiet = this.#quiet.get(teamId);
    return quiet !== undefined && since >= quiet;
  }

  /** Records that a query made under stamp `at` found nothing of the team above `cursor`. */
  rememberQuiet(teamId: string, cursor: number, at: string | undefined): void {
    if (!this.#unchangedSince(at)) return;
    // both facts hold at this stamp; "nothing above 10" says more than "nothing above 20"
    this.#remember(this.#quiet, teamId, Math.min(cursor, this.#quiet.get(teamId) ?? cursor));
  }

  /** Reads the stamp; drops everything when it moved. */
  #fresh(): string | undefined {
    let now: string | undefined;
    try {
      now = this.stamp();
    } catch {
      now = undefined; // the store is closing: answer from the database (which will say so)
    }
    if (now !== this.#at) {
      this.#actors.clear();
      this.#quiet.clear();
      this.#at = now;
    }
    return now;
  }

  /** True when the store is still at stamp `at` (nothing committed while the query ran). */
  #unchangedSince(at: string | undefined): boolean {
    return at !== undefined && this.#fresh() === at;
  }

  #remember<V>(map: Map<string, V>, key: string, value: V): void {
    if (map.size >= this.maxEntries && !map.has(key)) map.clear(); // a bound, not an LRU: refilling is one query each
    map.set(key, value);
  }
}
