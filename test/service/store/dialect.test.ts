/**
 * The dialect seam (service/store/dialect.ts): each store answers with its own dialect's ways, a session lock keeps a
 * second holder out on PostgreSQL, and no other service file branches on the dialect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect, dialectOf } from '../../../service/store/dialect.ts';
import { DIALECTS, openTestStore, type TestStore } from '../helpers/store.ts';

describe.each(DIALECTS)('the dialect seam on %s', (name) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(name);
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('names the store’s dialect, in a transaction as well', async () => {
    expect(dialectOf(store.db)).toBe(name);
    await store.db.transaction().execute(async (trx) => expect(dialect(trx).name).toBe(name));
  });

  it('runs work under a session lock; a second holder is turned away only where instances can race (PostgreSQL)', async () => {
    const seam = dialect(store.db);
    const inner = await seam.withSessionLock(store.db, 'callwatch:test', () => seam.withSessionLock(store.db, 'callwatch:test', async () => 'inner'));
    expect(inner).toBe(name === 'postgres' ? null : 'inner');
    expect(await seam.withSessionLock(store.db, 'callwatch:test', async () => 'again')).toBe('again');
  });
});

describe('dialect branches', () => {
  it('live only in store/dialect.ts', () => {
    const root = join(import.meta.dirname, '../../../service');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== join('store', 'dialect.ts'));
    const branching = files.filter((f) => /dialectOf\(|forUpdate\(|pg_(try_)?advisory/.test(readFileSync(join(root, f), 'utf8')));
    expect(branching).toEqual([]);
  });
});
