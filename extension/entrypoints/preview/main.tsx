import { render } from 'preact';
import '../../components/theme.css';
import './preview.css';
import { bootPage } from '../../lib/page-boot.ts';
import { StoreContext } from '../../components/use-store.ts';
import { App } from './App.tsx';
import { draftFromAddress, openedInPopup } from './draft-source.ts';

// A clip from the popup arrives as ?tab=<id>: the page is read while this page boots, not before it starts loading
document.documentElement.classList.toggle('in-popup', openedInPopup());
const [store, source] = await Promise.all([bootPage('previewTitle'), draftFromAddress()]);
render(
  <StoreContext.Provider value={store}>
    <App draftId={source.draftId} initialDraft={source.draft} clipFailed={source.failed} />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
