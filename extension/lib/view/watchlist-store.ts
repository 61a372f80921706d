/**
 * The one store the pages (popup, dashboard, preview) render from: the local copy with pending ops on top, settings,
 * problems and sync status — read from extension storage and kept current by storage watches, never by the network.
 */
import type { Item } from '../../../shared/schema.ts';
import { itemsCopy } from '../store/items.ts';
import { pendingOps } from '../store/pending.ts';
import { syncProblems } from '../store/problems.ts';
import { sentOps } from '../store/sent.ts';
import { DEFAULT_SETTINGS, settings, type Settings } from '../store/settings.ts';
import { syncStatus, type SyncStatus } from '../store/sync-status.ts';
import { unpulledOps } from '../sync/local-view.ts';
import { overlay, type Op, type Problem } from '../sync/ops.ts';

export interface WatchlistState {
  loaded: boolean;
  /** true while only the popup's digest is shown (the full copy is still being read) */
  preview?: boolean;
  /** items as the user sees them (server copy + pending ops), tombstones left out */
  items: Item[];
  byId: Record<string, Item>;
  pending: Op[];
  problems: Problem[];
  settings: Settings;
  status: SyncStatus;
}

const EMPTY: WatchlistState = {
  loaded: false,
  items: [],
  byId: {},
  pending: [],
  problems: [],
  settings: DEFAULT_SETTINGS,
  status: { lastSyncAt: null, lastError: null, nextRetryAt: null },
};

type Listener = (state: WatchlistState) => void;

/** Creates a store; call `start()` once per page. */
export function createWatchlistStore() {
  let state = EMPTY;
  let server: Record<string, Item> = {};
  // acknowledged ops the copy has not pulled yet (store/sent.ts): shown like pending ones, not counted as waiting
  let sent: Op[] = [];
  const listeners = new Set<Listener>();

  function publish(next: Partial<WatchlistState>): void {
    state = { ...state, ...next };
    if ('pending' in next || 'settings' in next || next.loaded) {
      const byId = overlay(server, unpulledOps(sent, state.pending), state.settings.member?.id ?? null);
      state = { ...state, byId, items: Object.values(byId).filter((item) => !item.deleted) };
    }
    for (const listener of listeners) listener(state);
  }

  return {
    get state() {
      return state;
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Shows a first picture (the popup's digest) until start() has read the full copy. */
    preload(items: Item[], s: Settings): void {
      state = { ...state, loaded: true, items, byId: Object.fromEntries(items.map((i) => [i.id, i])), settings: s, preview: true };
    },
    /** Loads everything once and follows storage changes made by the background or other pages. */
    async start(): Promise<void> {
      const [items, acknowledged, pending, problems, s, status] = await Promise.all([
        itemsCopy.getValue(),
        sentOps.getValue(),
        pendingOps.getValue(),
        syncProblems.getValue(),
        settings.getValue(),
        syncStatus.getValue(),
      ]);
      server = items;
      sent = acknowledged;
      publish({ loaded: true, preview: false, pending, problems, settings: { ...DEFAULT_SETTINGS, ...s }, status });
      itemsCopy.watch((next) => {
        server = next ?? {};
        publish({ pending: state.pending });
      });
      sentOps.watch((next) => {
        sent = next ?? [];
        publish({ pending: state.pending });
      });
      pendingOps.watch((next) => publish({ pending: next ?? [] }));
      syncProblems.watch((next) => publish({ problems: next ?? [] }));
      settings.watch((next) => publish({ settings: { ...DEFAULT_SETTINGS, ...next } }));
      syncStatus.watch((next) => publish({ status: next ?? EMPTY.status }));
    },
  };
}

export type WatchlistStore = ReturnType<typeof createWatchlistStore>;
