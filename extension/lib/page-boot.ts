/** What every extension page does before its first render: language, document language, the store. */
import { useLanguage, currentLanguage, t } from './i18n.ts';
import { readSettings, type Settings } from './store/settings.ts';
import { createWatchlistStore, type WatchlistStore } from './view/watchlist-store.ts';

/** Switches the UI to the language the user chose and titles the document. */
export async function applyLanguage(s: Settings, titleKey: string): Promise<void> {
  await useLanguage(s.language).catch(() => undefined);
  document.documentElement.lang = currentLanguage();
  document.title = t(titleKey);
}

/** Loads settings, switches the UI language, starts the store; resolves when the first render can show data. */
export async function bootPage(titleKey: string): Promise<WatchlistStore> {
  const store = createWatchlistStore();
  const [s] = await Promise.all([readSettings(), store.start()]);
  await applyLanguage(s, titleKey);
  return store;
}
