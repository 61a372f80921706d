/** Which alerts were already shown as notifications, so a restart or a re-poll never shows one twice. */
import { lazyItem } from './lazy-item.ts';

export interface AlertsSeen {
  /** the inbox cursor of GET /api/v1/alerts?since= */
  cursor: number;
  /** ids of shown alerts, newest last, bounded */
  keys: string[];
}

export const alertsSeen = lazyItem<AlertsSeen>('local:alertsSeen', {
  fallback: { cursor: 0, keys: [] },
  version: 2,
  migrations: {
    // version 1 kept the cursor as an opaque string, before the service's inbox numbered alerts
    2: (old: { cursor?: unknown; keys?: unknown }): AlertsSeen => ({
      cursor: typeof old.cursor === 'string' && /^\d+$/.test(old.cursor) ? Number(old.cursor) : 0,
      keys: Array.isArray(old.keys) ? old.keys.filter((k): k is string => typeof k === 'string') : [],
    }),
  },
});
