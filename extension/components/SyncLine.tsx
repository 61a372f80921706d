/** One line on sync: pending edits, offline with retry, or the last successful sync. */
import type { WatchlistState } from '../lib/view/watchlist-store.ts';
import { formatInstant } from '../lib/format.ts';
import { t, tn } from '../lib/i18n.ts';

export function SyncLine({ state }: { state: WatchlistState }) {
  const { status, pending } = state;
  const parts: string[] = [];
  if (pending.length > 0) parts.push(tn('pendingCount', pending.length));
  if (status.lastError?.kind === 'offline') parts.push(t('syncOffline'));
  else if (status.lastError?.kind === 'unauthorized') parts.push(t('syncUnauthorized'));
  else if (status.lastError) parts.push(t('syncError', [status.lastError.message]));
  else if (status.lastSyncAt) parts.push(t('syncedAt', [formatInstant(status.lastSyncAt)]));
  return (
    <p class="sync-line" role="status">
      {parts.join(' · ')}
    </p>
  );
}
