/**
 * A storage item defined on first use. WXT's defineItem reads the stored value (twice, for migrations and init) the
 * moment it is defined, so every item a page merely imports would be read before its first paint (the popup imports
 * most of them); each item is read when it is first used instead. The key is spelled once, here passed on to WXT.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from '#imports';
import type { WxtStorageItemOptions } from 'wxt/utils/storage';

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

/** The methods of the storage item `key`, defined with `options` when one of them is first called. */
export function lazyItem<T>(key: StorageItemKey, options: WxtStorageItemOptions<T> & { fallback: T }): Pick<Item<T>, 'getValue' | 'setValue' | 'watch' | 'key'> {
  let item: Item<T> | null = null;
  const get = () => (item ??= storage.defineItem<T, Record<string, unknown>>(key, options));
  return {
    key,
    getValue: () => get().getValue(),
    setValue: (value) => get().setValue(value),
    watch: (cb) => get().watch(cb),
  };
}
