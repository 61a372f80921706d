import { describe, expect, it } from 'vitest';
import { openMigratedStore } from '../../../service/store/db.ts';
import { openTestStore } from '../helpers/store.ts';

/** Longer than a read of data_version stands for (DATA_VERSION_MS): another process's commit counts from then on. */
const afterDataVersionMs = () => new Promise((done) => setTimeout(done, 5));

describe('SQLite change stamp', () => {
  it('holds while nothing is written, moves at once on a write of this connection — before its commit — and on commits of another', async () => {
    const store = await openTestStore('sqlite');
    const other = await openMigratedStore(store.location); // the CLI or a second service on the same file
    try {
      const stamp = store.changeStamp!;
      const first = stamp();
      await store.db.selectFrom('teams').selectAll().execute();
      await afterDataVersionMs();
      expect(stamp()).toBe(first);

      let inside: string | undefined;
      await store.db.transaction().execute(async (trx) => {
        await trx.insertInto('teams').values({ id: 't1', name: 'T', rev: 0, created_at: '2026-01-01T00:00:00.000Z' }).execute();
        inside = stamp();
      });
      expect(inside).not.toBe(first);
      const afterOwn = stamp();

      await other.db.updateTable('teams').set({ name: 'renamed' }).where('id', '=', 't1').execute();
      await afterDataVersionMs();
      expect(stamp()).not.toBe(afterOwn);
    } finally {
      await other.close();
      await store.dispose();
    }
  });

  it('is undefined once the store is closed', async () => {
    const store = await openTestStore('sqlite');
    const stamp = store.changeStamp!;
    await store.dispose();
    expect(stamp()).toBeUndefined();
  });
});
