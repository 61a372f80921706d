import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../service/store/sqlite-statements.ts';

const open: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function memory(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.exec('create table t (n integer)');
  db.exec('insert into t values (1), (2), (3)');
  open.push(db);
  return db;
}

describe('withStatementCache', () => {
  it('hands out the same prepared statement for the same SQL, and runs it with new parameters each time', () => {
    const cached = withStatementCache(memory());
    const first = cached.prepare('select n from t where n > ?');
    expect(cached.prepare('select n from t where n > ?')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare('select n from t where n > ?').all([2])).toEqual([{ n: 3 }]);
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const cached = withStatementCache(memory(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // a is now the most recent
    cached.prepare('select 3'); // evicts b
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('gives a fresh statement while the cached one is still iterating (a streamed query)', () => {
    const cached = withStatementCache(memory());
    const streaming = cached.prepare('select n from t order by n');
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ n: 1 });
    const other = cached.prepare('select n from t order by n');
    expect(other).not.toBe(streaming);
    expect(other.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('closes the database', () => {
    const db = memory();
    withStatementCache(db).close();
    expect(db.open).toBe(false);
  });
});
