/**
 * better-sqlite3 for Kysely with prepared statements reused by their SQL text. Kysely's SQLite driver prepares
 * every query anew; preparing (parsing and planning) costs more than running the small indexed queries of a
 * request — the token lookup and an empty delta pull spent most of their time there (`npm run bench`). Kept in a
 * bounded LRU, because `where id in (?, ?, …)` makes a new text per list length. A statement still iterating
 * (a streamed query) is never handed out twice: it gets a fresh one.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Wraps the database so that `prepare(sql)` returns a cached statement when one is free. */
export function withStatementCache(sqlite: BetterSqlite3.Database, size = 200): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached?.busy) return sqlite.prepare(sql);
      if (cached) {
        cache.delete(sql); // most recently used goes last
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
