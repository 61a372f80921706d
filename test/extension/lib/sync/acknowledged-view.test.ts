/**
 * A sync round never takes a change the service acknowledged out of what the pages show: between the push's answer and
 * the pull that brings the service's copy, a new entry stays on the list (its open editor with it) and an edited field
 * keeps its new value — the dashboard once dropped a new entry's editor, and the edits typed into it, in that gap.
 * Against the real service (test/extension/sync-service.ts); only the network's part in a round is the test's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Item } from '../../../../shared/schema.ts';
import type { ServiceClient } from '../../../../extension/lib/api.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { readLocalView } from '../../../../extension/lib/sync/local-view.ts';
import type { FieldChanges } from '../../../../extension/lib/sync/ops.ts';
import { enqueueChanges, resetCopy, settlePush } from '../../../../extension/lib/sync/queue.ts';
import { syncOnce } from '../../../../extension/lib/sync/sync-client.ts';
import { createWatchlistStore, type WatchlistState } from '../../../../extension/lib/view/watchlist-store.ts';
import { startSyncService } from '../../sync-service.ts';

beforeEach(() => fakeBrowser.reset());

const NEW_ID = '0190b000-0000-7000-8000-000000000001';
const OLD_ID = '0190b000-0000-7000-8000-000000000002';

/** An entry the extension made and synced before the test: in the service's copy and in the local one. */
async function syncedEntry(api: ServiceClient, fields: FieldChanges): Promise<Item> {
  await enqueueChanges([{ itemId: OLD_ID, set: { kind: 'call', title: 'Radwege', watch: false, ...fields } }]);
  expect(await syncOnce(api)).toMatchObject({ ok: true, pushed: 1, pulled: 1 });
  return (await itemsCopy.getValue())[OLD_ID];
}

/** A started store whose every published state is kept, from now on. */
async function watchedStore(): Promise<WatchlistState[]> {
  const store = createWatchlistStore();
  await store.start();
  const seen: WatchlistState[] = [];
  store.subscribe((state) => seen.push(state));
  return seen;
}

/** Lets the storage watches of the writes so far publish. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the view during a sync round', () => {
  it('keeps a new entry on the list from its save through the push and the pull', async () => {
    const { client, items } = await startSyncService();
    const seen = await watchedStore();
    await enqueueChanges([{ itemId: NEW_ID, set: { kind: 'call', title: 'Bürgerversammlung Radwege', watch: false } }]);
    const outcome = await syncOnce(client());
    await settle();
    expect(outcome).toMatchObject({ ok: true, pushed: 1, pulled: 1 });
    const shown = seen.map((state) => state.items.some((item) => item.id === NEW_ID));
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).not.toContain(false);
    // at the end the list shows the service's copy, and nothing waits
    const [served] = await items();
    expect(served).toMatchObject({ id: NEW_ID, title: 'Bürgerversammlung Radwege' });
    expect(seen.at(-1)!.byId[NEW_ID]).toEqual(served);
    expect(seen.at(-1)!.pending).toEqual([]);
  });

  it('never shows an edited field at its old value while the edit goes out and comes back', async () => {
    const { client, items } = await startSyncService();
    const item = await syncedEntry(client(), { notes: '' });
    const seen = await watchedStore();
    await enqueueChanges([{ itemId: item.id, set: { notes: 'Beamer mitbringen' } }]);
    expect(await syncOnce(client())).toMatchObject({ ok: true, pushed: 1, pulled: 1 });
    await settle();
    expect(seen.map((state) => state.byId[item.id].notes)).not.toContain('');
    expect(seen.at(-1)!.byId[item.id]).toMatchObject({ notes: 'Beamer mitbringen', rev: item.rev + 1 });
    expect(seen.at(-1)!.byId[item.id]).toEqual((await items())[0]);
  });

  it('ends with the service’s value when a colleague’s later edit of the field won', async () => {
    const { client, items, colleagueEdits } = await startSyncService();
    const item = await syncedEntry(client(), { status: 'watching' });
    const seen = await watchedStore();
    await enqueueChanges([{ itemId: item.id, set: { status: 'done' } }]);
    // the colleague edited the status a second later, and was first to reach the service
    await colleagueEdits(item.id, { status: 'dismissed' }, 1000);
    expect(await syncOnce(client())).toMatchObject({ ok: true, pushed: 1, rejected: 0, pulled: 1 });
    await settle();
    expect((await items())[0].status).toBe('dismissed');
    // this browser's edit until the pull, then the service's value — never the old one in between
    const statuses = seen.map((state) => state.byId[item.id].status).filter((status, i, all) => status !== all[i - 1]);
    expect(statuses).toEqual(['done', 'dismissed']);
  });

  it('keeps an acknowledged entry shown when the pull fails, until a later round has pulled it', async () => {
    const { client, items } = await startSyncService();
    const network = { pullDown: true };
    const seen = await watchedStore();
    await enqueueChanges([{ itemId: NEW_ID, set: { kind: 'event', title: 'Bürgerversammlung', watch: false } }]);
    expect(await syncOnce(client(network))).toMatchObject({ ok: false, kind: 'offline' });
    await settle();
    expect(seen.at(-1)!.pending).toEqual([]);
    expect((await items()).map((item) => item.title)).toEqual(['Bürgerversammlung']);
    expect(seen.at(-1)!.byId[NEW_ID]?.title).toBe('Bürgerversammlung');
    // the clip (is this page on the list?) and the badge read the same view
    expect((await readLocalView())[NEW_ID]?.title).toBe('Bürgerversammlung');
    network.pullDown = false;
    expect(await syncOnce(client(network))).toMatchObject({ ok: true, pushed: 0, pulled: 1 });
    await settle();
    expect(seen.at(-1)!.byId[NEW_ID]).toEqual((await items())[0]);
  });

  it('drops what the old copy was sent when the copy is forgotten (another team)', async () => {
    const [op] = await enqueueChanges([{ itemId: NEW_ID, set: { kind: 'call', title: 'Alt', watch: false } }]);
    await settlePush([op], { results: [{ opId: op.opId, status: 'applied' }], cursor: 1 });
    expect(Object.keys(await readLocalView())).toEqual([NEW_ID]);
    await resetCopy();
    expect(await readLocalView()).toEqual({});
  });

  it('shows nothing of a rejected op once its push is answered', async () => {
    const [op] = await enqueueChanges([{ itemId: NEW_ID, set: { kind: 'call', title: 'x'.repeat(600), watch: false } }]);
    await settlePush([op], { results: [{ opId: op.opId, status: 'rejected', error: 'title too long' }], cursor: 0 });
    expect(await readLocalView()).toEqual({});
  });
});
