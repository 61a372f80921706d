/** The sync cursor: the team-wide rev up to which `itemsCopy` holds the server's state. */
import { lazyItem } from './lazy-item.ts';

export const syncCursor = lazyItem<number>('local:syncCursor', { fallback: 0, version: 1, migrations: {} });
