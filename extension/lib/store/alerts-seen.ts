/** Which alerts were already shown as notifications, so a restart or a re-poll never shows one twice. */
import { storage } from '#imports';
import { lazyItem } from './lazy-item.ts';

export interface AlertsSeen {
  cursor: string | null;
  /** keys of shown alerts, newest last, bounded */
  keys: string[];
}

export const alertsSeen = lazyItem('local:alertsSeen', () => storage.defineItem<AlertsSeen>('local:alertsSeen', {
  fallback: { cursor: null, keys: [] },
  version: 1,
  migrations: {},
}));
