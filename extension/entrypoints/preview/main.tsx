import { render } from 'preact';
import '../../components/theme.css';
import { bootPage } from '../../lib/page-boot.ts';
import { StoreContext } from '../../components/use-store.ts';
import { App } from './App.tsx';

const store = await bootPage('previewTitle');
render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
