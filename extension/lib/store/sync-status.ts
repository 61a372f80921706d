/** What the last sync attempt did, for the popup's status line. */
import { lazyItem } from './lazy-item.ts';

export interface SyncStatus {
  /** last time a push+pull finished */
  lastSyncAt: string | null;
  /** reason of the last failure (a message key's argument), null after a success */
  lastError: { kind: 'offline' | 'unauthorized' | 'server'; message: string } | null;
  nextRetryAt: string | null;
}

export const syncStatus = lazyItem<SyncStatus>('local:syncStatus', {
  fallback: { lastSyncAt: null, lastError: null, nextRetryAt: null },
  version: 1,
  migrations: {},
});
