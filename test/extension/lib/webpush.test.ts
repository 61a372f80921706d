/** Web Push in the worker: key decoding, what a push shows, and that polling then shows nothing twice. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRuntime } from '../../../extension/lib/background/runtime.ts';
import type { ServiceClient } from '../../../extension/lib/api.ts';
import { base64UrlBytes, enableWebPush, readPush } from '../../../extension/lib/webpush.ts';
import { germanBrowserI18n, noChannels, speak } from '../fixtures.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  germanBrowserI18n(fakeBrowser as never);
});

describe('web push', () => {
  it('decodes the VAPID key from base64url, padding or not', () => {
    expect([...base64UrlBytes('AQID')]).toEqual([1, 2, 3]);
    expect([...base64UrlBytes('-_8')]).toEqual([251, 255]);
    expect(base64UrlBytes('BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM')).toHaveLength(65);
  });

  it("reads the service's push payload and nothing else", () => {
    expect(readPush('{"title":"Frist in 7 Tagen","body":"Nakopa","url":"https://a.example/","tag":"item-i1","id":"d1"}')).toEqual({ title: 'Frist in 7 Tagen', body: 'Nakopa', url: 'https://a.example/', tag: 'item-i1', id: 'd1' });
    expect(readPush('not json')).toBeNull();
    expect(readPush('{"hello":1}')).toBeNull();
    expect(readPush(null)).toBeNull();
  });

  it('gives up when the browser\'s push service never answers (offline), and registers nothing', async () => {
    const added: unknown[] = [];
    const api = { ...noChannels, vapidKey: async () => 'AQID', addChannel: async (body: unknown) => void added.push(body) } as unknown as ServiceClient;
    const hanging = { pushManager: { subscribe: () => new Promise<PushSubscription>(() => undefined), getSubscription: async () => null } };
    await expect(enableWebPush(api, hanging, 20)).rejects.toThrow('push service did not answer');
    expect(added).toEqual([]);
  });

  it('shows a push as one notification tagged by item, and a click opens the item', async () => {
    const runtime = createBackgroundRuntime();
    const shown: [string, NotificationOptions | undefined][] = [];
    const registration = { showNotification: async (title: string, options?: NotificationOptions) => void shown.push([title, options]) };
    await runtime.onPush('{"title":"Frist in 7 Tagen: Nakopa","body":"Antragsfrist am 13.03.2026","url":null,"tag":"item-i1","id":"d1"}', registration);
    await runtime.onPush('{"unrelated":true}', registration);
    expect(shown).toEqual([['Frist in 7 Tagen: Nakopa', { body: 'Antragsfrist am 13.03.2026', tag: 'item-i1', icon: '/icon/128.png', data: { tag: 'item-i1' } }]]);
    await runtime.onPushClicked('item-i1');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/dashboard.html#item=i1');
  });
});
