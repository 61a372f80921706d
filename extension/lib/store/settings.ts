/** The user's settings from the options page; the member fields come from "Verbindung testen" (GET /api/v1/me). */
import { lazyItem } from './lazy-item.ts';

export type Language = 'auto' | 'de' | 'en';

export interface Settings {
  serviceUrl: string;
  token: string;
  language: Language;
  /** show browser notifications for alerts */
  notifications: boolean;
  /** show the number of deadlines within 7 days on the toolbar icon */
  badge: boolean;
  /** the service's id of this browser's Web Push channel; while set, alerts arrive by push and polling shows none */
  webpushChannelId: string | null;
  member: { id: string; name: string; role: string } | null;
  team: { id: string; name: string } | null;
}

export const DEFAULT_SETTINGS: Settings = {
  serviceUrl: '',
  token: '',
  language: 'auto',
  notifications: true,
  badge: true,
  webpushChannelId: null,
  member: null,
  team: null,
};

export const settings = lazyItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1, migrations: {} });

/** Reads settings with defaults for fields added after they were saved. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settings.getValue()) };
}

/** True once a service URL and token are set. */
export function isConfigured(s: Settings): boolean {
  return s.serviceUrl.trim() !== '' && s.token.trim() !== '';
}
