// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/options/App.tsx';
import { NetworkError, ServiceError, type ServiceClient } from '../../../extension/lib/api.ts';
import { settings } from '../../../extension/lib/store/settings.ts';
import { noChannels, speak } from '../fixtures.ts';
import { click, mount, type, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => fakeBrowser.reset());

function client(me: ServiceClient['me']): (url: string, token: string) => ServiceClient {
  return () => ({ me, push: async () => ({ results: [], cursor: 0 }), pull: async () => ({ items: [], cursor: 0, more: false }), alerts: async () => ({ alerts: [], cursor: 0, more: false }), members: async () => [], ...noChannels });
}

const testButton = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Verbindung testen')!;

describe('options', () => {
  it('tests the connection, names team and member, and saves them with URL and token', async () => {
    const asked: string[] = [];
    const root = await mount(() => (
      <App
        clientFor={(url, token) => {
          asked.push(`${url} ${token}`);
          return client(async () => ({ member: { id: 'm1', name: 'Anna Schmidt', role: 'admin' }, team: { id: 't1', name: 'Stadt Musterhausen' }, role: 'admin' }))(url, token);
        }}
      />
    ));
    for (const label of root.querySelectorAll('label[for]')) expect(root.querySelector(`#${label.getAttribute('for')}`)).not.toBeNull();
    await type(root.querySelector('#service-url'), 'https://callwatch.stadt.de/');
    await type(root.querySelector('#token'), ' cw_abc ');
    await click(testButton(root));
    await until(() => expect(root.querySelector('#test-result')?.textContent).toBe('Verbunden mit Team „Stadt Musterhausen“ als Anna Schmidt.'));
    // the test and the channels section (shown once connected) use the cleaned values
    await until(() => expect(asked).toEqual(['https://callwatch.stadt.de cw_abc', 'https://callwatch.stadt.de cw_abc']));
    expect(await settings.getValue()).toMatchObject({ serviceUrl: 'https://callwatch.stadt.de', token: 'cw_abc', member: { id: 'm1' }, team: { name: 'Stadt Musterhausen' } });
  });

  it('completes an address typed without https:// (http:// for the local machine) and says so', async () => {
    const asked: string[] = [];
    const me = async () => ({ member: { id: 'm1', name: 'Anna Schmidt', role: 'admin' as const }, team: { id: 't1', name: 'Stadt Musterhausen' }, role: 'admin' as const });
    const root = await mount(() => <App clientFor={(url, token) => (asked.push(url), client(me)(url, token))} />);
    await type(root.querySelector('#service-url'), 'callwatch.stadt.de');
    await type(root.querySelector('#token'), 'cw_abc');
    await click(testButton(root));
    await until(() => expect(root.querySelector('#service-url-note')?.textContent).toBe('Die Adresse wurde zu https://callwatch.stadt.de ergänzt.'));
    await until(async () => expect((await settings.getValue()).serviceUrl).toBe('https://callwatch.stadt.de'));
    expect(asked[0]).toBe('https://callwatch.stadt.de');
    await type(root.querySelector('#service-url'), 'localhost:8787');
    await click(testButton(root));
    await until(async () => expect((await settings.getValue()).serviceUrl).toBe('http://localhost:8787'));
  });

  it('explains an address that is not one, and neither tests nor saves it', async () => {
    const asked: string[] = [];
    const root = await mount(() => <App clientFor={(url, token) => (asked.push(url), client(async () => Promise.reject(new Error('no')))(url, token))} />);
    await type(root.querySelector('#service-url'), 'ftp://callwatch.stadt.de');
    await type(root.querySelector('#token'), 'cw_abc');
    await click(testButton(root));
    await until(() => expect(root.querySelector('#service-url-note')?.textContent).toBe('Das ist keine Webadresse. Bitte geben Sie die Adresse des Dienstes ein, z. B. https://callwatch.stadt.de.'));
    expect(root.querySelector('#service-url')?.getAttribute('aria-invalid')).toBe('true');
    expect(asked).toEqual([]);
    expect((await settings.getValue()).serviceUrl).toBe('');
  });

  it('says in words what went wrong: unreachable or a refused key', async () => {
    let failure: Error = new NetworkError('refused');
    const root = await mount(() => <App clientFor={client(async () => Promise.reject(failure))} />);
    await type(root.querySelector('#service-url'), 'http://127.0.0.1:9');
    await type(root.querySelector('#token'), 'cw_x');
    await click(testButton(root));
    await until(() => expect(root.querySelector('#test-result')?.textContent).toBe('Der Dienst ist unter dieser Adresse nicht erreichbar.'));
    failure = new ServiceError(401, 'unauthorized', 'unknown token');
    await click(testButton(root));
    await until(() => expect(root.querySelector('#test-result')?.textContent).toBe('Der Zugangsschlüssel wurde nicht angenommen.'));
  });

  it('saves the language at once and shows the page again in it', async () => {
    let reloaded = 0;
    const root = await mount(() => <App reload={() => (reloaded += 1)} />);
    await type(root.querySelector('#language'), 'en', 'change');
    await until(async () => expect((await settings.getValue()).language).toBe('en'));
    expect(reloaded).toBe(1);
  });
});
