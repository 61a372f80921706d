import { render } from 'preact';
import '../../components/theme.css';
import { applyLanguage } from '../../lib/page-boot.ts';
import { targetTab } from '../../lib/target-tab.ts';
import { popupDigest } from '../../lib/store/popup-digest.ts';
import { popupFilter } from '../../lib/store/popup-filter.ts';
import { readSettings } from '../../lib/store/settings.ts';
import { createWatchlistStore } from '../../lib/view/watchlist-store.ts';
import { StoreContext } from '../../components/use-store.ts';
import { App } from './App.tsx';

// The first render comes from small reads only (settings, the background's digest of the next deadlines); the full
// local copy follows right after. The network is never awaited here.
const [settings, digest, tab, filter] = await Promise.all([readSettings(), popupDigest.getValue(), targetTab(), popupFilter.getValue()]);
await applyLanguage(settings, 'popupTitle');
const store = createWatchlistStore();
const full = store.start();
if (digest) store.preload(digest.items, settings);
else await full;
render(
  <StoreContext.Provider value={store}>
    <App tab={tab} initialFilter={filter} />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
performance.mark('callwatch:popup-rendered');
// opening the popup is a good moment to catch up; the list re-renders when the pull lands
void browser.runtime.sendMessage({ type: 'sync-now' }).catch(() => undefined);
