/** What every extension page does before its first render: language, document language, the store. */
import { useLanguage, currentLanguage } from './i18n.ts';
import { readSettings } from './store/settings.ts';
import { createWatchlistStore, type WatchlistStore } from './view/watchlist-store.ts';

/** Loads settings, switches the UI language, starts the store; resolves when the first render can show data. */
export async function bootPage(titleKey: string, t: (key: string) => string): Promise<WatchlistStore> {
  const store = createWatchlistStore();
  const [s] = await Promise.all([readSettings(), store.start()]);
  await useLanguage(s.language).catch(() => undefined);
  document.documentElement.lang = currentLanguage();
  document.title = t(titleKey);
  return store;
}
