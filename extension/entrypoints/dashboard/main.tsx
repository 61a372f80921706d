import { render } from 'preact';
import '../../components/theme.css';
import './dashboard.css';
import { bootPage } from '../../lib/page-boot.ts';
import { StoreContext } from '../../components/use-store.ts';
import { App } from './App.tsx';

const store = await bootPage('dashboardTitle');
render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
