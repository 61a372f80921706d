/** Preact binding of the watchlist store: a component re-renders when the store publishes. */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { WatchlistState, WatchlistStore } from '../lib/view/watchlist-store.ts';

export const StoreContext = createContext<WatchlistStore | null>(null);

/** The current watchlist state of the page's store. */
export function useWatchlist(): WatchlistState {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWatchlist outside <StoreContext.Provider>');
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return state;
}
