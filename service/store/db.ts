/**
 * Opens the store: SQLite through better-sqlite3 (the default: one file, WAL) or PostgreSQL through a pg Pool when
 * the location is a postgres:// URL. One set of migrations and queries serves both.
 */
import BetterSqlite3 from 'better-sqlite3';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { pg } from '../lazy.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './sqlite-statements.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** the file path or the postgres URL it was opened from */
  location: string;
  /**
   * Changes when this connection writes and, within DATA_VERSION_MS, when another commits (SQLite only; see
   * changeStamp): what the read cache (services/read-cache.ts) checks on every use.
   */
  changeStamp?: () => string | undefined;
  close(): Promise<void>;
}

/** True when the location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * The storage location (DESIGN.md "Command line"): `--db`, else DATABASE_URL, else ./callwatch.db; a file path is
 * taken relative to `cwd`. The service and every CLI command open the same database by this one rule.
 */
export function storeLocation(db: string | undefined, io: { env: Record<string, string | undefined>; cwd: string }): string {
  const location = db ?? io.env.DATABASE_URL ?? 'callwatch.db';
  return isPostgresUrl(location) ? location : resolve(io.cwd, location);
}

const PG_INT8_OID = 20;

/** Opens (without migrating) the store at a SQLite path or a postgres:// URL (pg is loaded only for the latter). */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { Pool, types } = await pg();
    const pool = new Pool({
      connectionString: location,
      max: 10,
      // bigint columns (rev counters) come back as numbers; per pool, so other users of pg keep the default
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === PG_INT8_OID ? (value: string) => Number(value) : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
      },
    });
    // an idle client losing its connection must not crash the process; the next query reconnects
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location, close: () => db.destroy() };
  }
  const sqlite = new BetterSqlite3(location);
  sqlite.pragma('journal_mode = WAL');
  // CLI commands and a running service share the file: wait for the other's write instead of failing
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // every acknowledged write is durable (DESIGN.md "Storage"): sync the WAL at each commit
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', location, changeStamp: changeStamp(sqlite), close: () => db.destroy() };
}

/** How long a read of `data_version` stands for the file (see changeStamp). */
export const DATA_VERSION_MS = 1;

/**
 * The SQLite change stamp: `total_changes()` moves when this connection writes — at the write, before its commit —
 * and is read on every call (a fraction of a µs); `data_version` moves when another connection (the CLI, a second
 * service) commits, and is read at most once per DATA_VERSION_MS: it takes a WAL read lock (several µs under load,
 * the largest part of an empty delta pull answered from memory — `npm run bench`). So this process's own writes,
 * revocations included, count at once, another process's commits within a millisecond. Read on the raw handle,
 * not through Kysely; undefined once the database is closed.
 */
function changeStamp(sqlite: BetterSqlite3.Database): () => string | undefined {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const totalChanges = sqlite.prepare('SELECT total_changes()').pluck();
  let version = 0;
  let readAt = -Infinity;
  return () => {
    if (!sqlite.open) return undefined;
    const now = performance.now();
    if (now - readAt >= DATA_VERSION_MS) {
      version = dataVersion.get() as number;
      readAt = now;
    }
    return `${version}:${totalChanges.get() as number}`;
  };
}

/** Applies pending migrations; throws with the failing migration's error. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens the store and applies pending migrations — what the service and every CLI command do first. */
export async function openMigratedStore(location: string): Promise<Store> {
  const store = await openStore(location);
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
