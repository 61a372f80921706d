/**
 * The extension asks the service for its UI's language (issue 13, item 5): every call says Accept-Language, and a
 * refusal the dashboard shows is in one language — the real service app on SQLite answers, no fake envelope.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refusalOf } from '../../../extension/entrypoints/dashboard/source-draft.ts';
import { serviceClient, sourcesClient } from '../../../extension/lib/api.ts';
import { correctionsClient } from '../../../extension/lib/clip/send-corrections.ts';
import { useLanguage } from '../../../extension/lib/i18n.ts';
import { testApi, type TestApi } from '../../service/helpers/api.ts';
import { openTestStore, type TestStore } from '../../service/helpers/store.ts';
import { speak } from '../fixtures.ts';

let store: TestStore;
let api: TestApi;
let token: string;
/** every Accept-Language the extension sent, in order */
const asked: Array<string | null> = [];
/** fetch straight into the service app, noting the language header */
const viaApp: typeof fetch = async (input, init) => {
  asked.push(new Headers(init?.headers).get('accept-language'));
  const url = new URL(String(input));
  return api.app.request(`${url.pathname}${url.search}`, init);
};

beforeAll(async () => {
  store = await openTestStore('sqlite');
  api = await testApi(store);
  token = (await api.team()).token;
});
afterAll(async () => {
  await useLanguage('auto');
  await api.close();
  await store.dispose();
});
afterEach(() => {
  asked.length = 0;
});

describe('the service client and the UI language', () => {
  it('sends the UI language with every call', async () => {
    await speak('en');
    await serviceClient('https://dienst.example', token, viaApp).me();
    await correctionsClient('https://dienst.example', token, viaApp).keepsCorrections();
    await speak('de');
    await sourcesClient('https://dienst.example', token, viaApp).sources();
    expect(asked).toEqual(['en', 'en', 'de']);
  });

  it('follows the browser language when the user chose none (German for anything but English)', async () => {
    await useLanguage('auto');
    for (const [browserLanguage, sent] of [['en-US', 'en'], ['de-AT', 'de'], ['fr', 'de']]) {
      fakeBrowser.i18n.getUILanguage = () => browserLanguage;
      await serviceClient('https://dienst.example', token, viaApp).me();
      expect(asked.pop()).toBe(sent);
    }
  });

  it('shows the service’s refusal of an internal address in the UI language only', async () => {
    const body = { name: 'intern', url: 'http://127.0.0.1:8080/', kind: 'page' as const };
    await speak('de');
    const german = refusalOf(await sourcesClient('https://dienst.example', token, viaApp).addSource(body).catch((e: unknown) => e));
    expect(german.message).toBe('Der Dienst hat die Angaben nicht angenommen: Die Adresse 127.0.0.1:8080 zeigt auf ein internes Netz und wird nicht abgerufen.');
    expect(german.fields.url).toBe('Die Adresse 127.0.0.1:8080 zeigt auf ein internes Netz und wird nicht abgerufen.');
    await speak('en');
    const english = refusalOf(await sourcesClient('https://dienst.example', token, viaApp).addSource(body).catch((e: unknown) => e));
    expect(english.message).toBe('The service did not accept this: The address 127.0.0.1:8080 points to an internal network (127.0.0.1) and is not fetched.');
  });
});
