/** The sync cursor: the team-wide rev up to which `itemsCopy` holds the server's state. */
import { storage } from '#imports';
import { lazyItem } from './lazy-item.ts';

export const syncCursor = lazyItem('local:syncCursor', () => storage.defineItem<number>('local:syncCursor', { fallback: 0, version: 1, migrations: {} }));
