/** Test material for the extension suites: items as the service sends them, and the German catalogue for t(). */
import { readFileSync } from 'node:fs';
import { itemDefaults, type Item, type ItemFields } from '../../shared/schema.ts';
import { useLanguage } from '../../extension/lib/i18n.ts';
import type { ServiceClient } from '../../extension/lib/api.ts';

let n = 0;
/** A server item with defaults; `over` sets any field. */
export function makeItem(over: Partial<Item> & Partial<ItemFields> = {}): Item {
  n += 1;
  const kind = over.kind ?? 'call';
  return {
    id: over.id ?? `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    kind,
    title: over.title ?? `Aufruf ${n}`,
    ...itemDefaults(kind),
    origin: 'clip',
    createdBy: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    rev: n,
    ...over,
  } as Item;
}

/** Switches t() to a catalogue read from extension/public/_locales. */
export async function speak(language: 'de' | 'en'): Promise<void> {
  await useLanguage(language, async (path) => JSON.parse(readFileSync(`extension/public${path}`, 'utf8')));
}

/** Gives fakeBrowser a browser.i18n that reads the German catalogue, as a German browser would (call after reset). */
export function germanBrowserI18n(fake: { i18n: { getMessage: unknown; getUILanguage: unknown } }): void {
  const messages = JSON.parse(readFileSync('extension/public/_locales/de/messages.json', 'utf8')) as Record<string, { message: string }>;
  fake.i18n.getMessage = (key: string, subs: string[] = []) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  fake.i18n.getUILanguage = () => 'de';
}

/** The alert-channel methods of a fake ServiceClient, for tests that do not use them. */
export const noChannels: Pick<ServiceClient, 'channels' | 'addChannel' | 'removeChannel' | 'vapidKey' | 'calendarFeed'> = {
  channels: async () => [],
  addChannel: async () => Promise.reject(new Error('not in this test')),
  removeChannel: async () => undefined,
  vapidKey: async () => Promise.reject(new Error('not in this test')),
  calendarFeed: async () => Promise.reject(new Error('not in this test')),
};
