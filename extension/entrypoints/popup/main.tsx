import { render } from 'preact';
import '../../components/theme.css';
import { bootPage } from '../../lib/page-boot.ts';
import { t } from '../../lib/i18n.ts';
import { targetTab } from '../../lib/target-tab.ts';
import { popupFilter } from '../../lib/store/popup-filter.ts';
import { StoreContext } from '../../components/use-store.ts';
import { App } from './App.tsx';

// Everything the first render needs comes from extension storage; the network is never awaited here.
const [store, tab, filter] = await Promise.all([bootPage('popupTitle', t), targetTab(), popupFilter.getValue()]);
render(
  <StoreContext.Provider value={store}>
    <App tab={tab} initialFilter={filter} />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
performance.mark('callwatch:popup-rendered');
// opening the popup is a good moment to catch up; the list re-renders when the pull lands
void browser.runtime.sendMessage({ type: 'sync-now' }).catch(() => undefined);
