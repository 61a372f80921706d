/** A storage item spelled once (extension/lib/store/lazy-item.ts): defined on first use under its one key. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lazyItem } from '../../../../extension/lib/store/lazy-item.ts';

beforeEach(() => fakeBrowser.reset());

describe('lazyItem', () => {
  it('reads and writes its value under its one key', async () => {
    await fakeBrowser.storage.local.set({ probe: 7 });
    const item = lazyItem<number>('local:probe', { fallback: 0, version: 1, migrations: {} });
    expect(item.key).toBe('local:probe');
    await fakeBrowser.storage.local.set({ probe: 8 });
    expect(await item.getValue()).toBe(8);
    await item.setValue(9);
    expect(await fakeBrowser.storage.local.get('probe')).toEqual({ probe: 9 });
  });

  it('answers the fallback for a key never written, and runs its migrations on first read', async () => {
    expect(await lazyItem<string[]>('local:empty', { fallback: [] }).getValue()).toEqual([]);
    await fakeBrowser.storage.local.set({ old: 'a', old$: { v: 1 } });
    const migrated = lazyItem<string[]>('local:old', { fallback: [], version: 2, migrations: { 2: (value: string) => [value] } });
    expect(await migrated.getValue()).toEqual(['a']);
  });
});
