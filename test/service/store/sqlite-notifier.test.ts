import { describe, expect, it } from 'vitest';
import { createSqliteNotifier } from '../../../service/store/sqlite-notifier.ts';
import { openMigratedStore } from '../../../service/store/db.ts';
import { testApi, hlcAt, uuid } from '../helpers/api.ts';
import { readSse } from '../helpers/sse.ts';
import { openTestStore } from '../helpers/store.ts';

describe('SQLite notifier', () => {
  it('announces changes another process made to the same file (CLI while the service runs)', async () => {
    const file = await openTestStore('sqlite');
    const other = { ...(await openMigratedStore(file.location)), dispose: async () => {} };
    const notifier = createSqliteNotifier(file.db, 30);
    const service = await testApi(file, { notifier });
    const cli = await testApi(other); // its own in-memory notifier: nobody in the service hears it directly
    try {
      const { token } = await service.team();
      const sse = readSse(await service.call('GET', '/api/v1/events', { token }));
      await sse.until(/: connected/);
      await new Promise((r) => setTimeout(r, 100)); // the first poll takes the baseline
      const client = uuid();
      await cli.call('POST', '/api/v1/sync/push', {
        token,
        body: { clientId: client, ops: [{ opId: uuid(), itemId: uuid(), hlc: hlcAt(Date.now(), client), set: { kind: 'call', title: 'x' } }] },
      });
      await sse.until(/data: \{"cursor":1\}/);
      // a change of its own is announced once, not again by the poll
      await service.call('POST', '/api/v1/items', { token, body: { kind: 'event', title: 'y' } });
      await sse.until(/data: \{"cursor":2\}/);
      await new Promise((r) => setTimeout(r, 150));
      expect(sse.text().match(/event: change/g)).toHaveLength(2);
      await sse.cancel();
    } finally {
      await notifier.close();
      await cli.close();
      await other.close();
      await file.dispose();
    }
  });
});
