/**
 * One line on sync: pending edits, offline with retry, or the last successful sync. When the user's own changes are
 * waiting because a sync failed, it is a banner that says so, with "Jetzt abgleichen".
 */
import { useState } from 'preact/hooks';
import type { WatchlistState } from '../lib/view/watchlist-store.ts';
import { formatInstant } from '../lib/format.ts';
import { t, tn } from '../lib/i18n.ts';
import { ask } from '../lib/messages.ts';

export function SyncLine({ state, syncNow = () => ask({ type: 'sync-now' }) }: { state: WatchlistState; syncNow?: () => Promise<unknown> }) {
  const [syncing, setSyncing] = useState(false);
  const { status, pending } = state;
  const parts: string[] = [];
  if (status.lastError?.kind === 'offline') parts.push(t('syncOffline'));
  else if (status.lastError?.kind === 'unauthorized') parts.push(t('syncUnauthorized'));
  else if (status.lastError) parts.push(t('syncError', [status.lastError.message]));
  else if (status.lastSyncAt) parts.push(t('syncedAt', [formatInstant(status.lastSyncAt)]));
  if (pending.length > 0 && status.lastError) {
    return (
      <div class="pending-banner" role="status">
        <p>
          <strong>{tn('pendingWaiting', pending.length)}</strong> {parts.join(' · ')}
        </p>
        <button
          type="button"
          disabled={syncing}
          onClick={() => {
            setSyncing(true);
            void syncNow()
              .catch(() => undefined)
              .finally(() => setSyncing(false));
          }}
        >
          {syncing ? t('syncRunning') : t('syncNow')}
        </button>
      </div>
    );
  }
  if (pending.length > 0) parts.unshift(tn('pendingCount', pending.length));
  return (
    <p class="sync-line" role="status">
      {parts.join(' · ')}
    </p>
  );
}
