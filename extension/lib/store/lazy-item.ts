/**
 * A storage item defined on first use. WXT's defineItem reads the stored value (twice, for migrations and init) the
 * moment it is defined, so every item a page merely imports would be read before its first paint (the popup imports
 * most of them); each item is read when it is first used instead.
 */
import type { WxtStorageItem } from '#imports';

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

/** The methods of a storage item, with the item made by `define` when one of them is first called. */
export function lazyItem<T>(key: string, define: () => Item<T>): Pick<Item<T>, 'getValue' | 'setValue' | 'watch' | 'key'> {
  let item: Item<T> | null = null;
  const get = () => (item ??= define());
  return {
    key: key as Item<T>['key'],
    getValue: () => get().getValue(),
    setValue: (value) => get().setValue(value),
    watch: (cb) => get().watch(cb),
  };
}
