// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { App } from '../../../../extension/entrypoints/dashboard/App.tsx';
import { Sources } from '../../../../extension/entrypoints/dashboard/Sources.tsx';
import { NetworkError, type SourcesClient } from '../../../../extension/lib/api.ts';
import { DEFAULT_SETTINGS, settings } from '../../../../extension/lib/store/settings.ts';
import { speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';
import { button, cell, fakeService, rowOf, run, source } from './fake-sources.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});
afterEach(() => vi.unstubAllGlobals());

describe('Quellen view', () => {
  it('lists sources with status in colour and words, counts, and an error message kept as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { client } = fakeService('member', [
      source({ name: 'Landesportal', url: 'https://land.example/foerderung', lastRun: run({}) }),
      source({ name: 'Stiftung', url: 'javascript:alert(1)', lastRun: run({ status: 'error', httpStatus: 500, found: 0, added: 0, changed: 0, error: hostile }) }),
      source({ name: 'Bund', lastRun: run({ status: 'running', httpStatus: null }) }),
      source({ name: 'Neu', lastRun: null, enabled: false }),
    ]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(4));

    const ok = rowOf(root, 'Landesportal');
    expect(cell(ok, 'source-status')?.textContent).toContain('ok');
    expect(cell(ok, 'source-status')?.querySelector('.status-ok')).not.toBeNull();
    expect(ok?.textContent).toContain('12 / 3 / 1');
    expect(ok?.querySelector('a')?.getAttribute('href')).toBe('https://land.example/foerderung');
    expect(ok?.querySelector('a')?.textContent).toBe('https://land.example/foerderung');
    // 08:00 UTC is 09:00 in Berlin in March, written like the dashboard's other dates
    expect(ok?.querySelector('time')?.textContent).toBe('Di., 10.03.2026, 09:00');
    expect(ok?.textContent).toContain('Übersichtsseite');

    const failed = rowOf(root, 'Stiftung');
    expect(cell(failed, 'source-status')?.querySelector('.error')?.textContent).toBe('Fehler');
    expect(cell(failed, 'source-status')?.textContent).toContain('HTTP 500');
    expect(cell(failed, 'source-error')?.textContent).toBe(`Der Abruf ist gescheitert. Meldung des Dienstes: ${hostile}`);
    // an address that is no http(s) link is shown, never linked
    expect(failed?.querySelector('a')).toBeNull();
    expect(failed?.textContent).toContain('javascript:alert(1)');
    expect(root.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();

    expect(cell(rowOf(root, 'Bund'), 'source-status')?.textContent).toContain('läuft');
    expect(rowOf(root, 'Neu')?.textContent).toContain('Noch nie abgerufen');
    expect(rowOf(root, 'Neu')?.textContent).toContain('deaktiviert');
  });

  it('is read-only for members and viewers', async () => {
    const { client, calls } = fakeService('viewer', [source({ name: 'Landesportal', lastRun: run({}) })]);
    const root = await mount(() => <Sources client={client} savedRole="admin" />);
    await until(() => expect(root.textContent).toContain('Nur Admins können Quellen ändern'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
    // the run history is open to everyone; nothing that changes a source is offered
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Verlauf: Landesportal']);
    expect(root.querySelector('form')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('shows the empty, loading-failed and offline states in plain German', async () => {
    const empty = fakeService('admin', []);
    let root = await mount(() => <Sources client={empty.client} />);
    await until(() => expect(root.querySelector('.empty')?.textContent).toBe('Noch keine Quellen'));

    const offline: SourcesClient = { ...empty.client, sources: async () => Promise.reject(new NetworkError('fetch failed')) };
    root = await mount(() => <Sources client={offline} />);
    await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('nicht erreichbar'));
    expect(root.textContent).not.toContain('werden geladen');

    root = await mount(() => <Sources client={null} />);
    expect(root.textContent).toContain('Noch nicht mit einem Dienst verbunden');
  });

  it('lets an admin add a preset, and checks the own-source form before sending', async () => {
    const { client, calls } = fakeService('admin', [source({ name: 'Landesportal', lastRun: run({}) })]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(root.querySelector('#source-preset option[value="eu-funding"]')).not.toBeNull());

    expect(button(root, 'Vorlage hinzufügen')?.disabled).toBe(true);
    await type(root.querySelector('#source-preset'), 'eu-funding', 'change');
    expect(root.textContent).toContain('Aufrufe der EU');
    await click(button(root, 'Vorlage hinzufügen'));
    await until(() => expect(rowOf(root, 'EU-Förderportal')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'addSource').map((c) => c.args[0])).toEqual([{ preset: 'eu-funding' }]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('EU-Förderportal');

    // an empty name, a javascript: address and a too-short interval are refused with a reason at each field
    await type(root.querySelector('#source-url'), 'javascript:alert(1)');
    await type(root.querySelector('#source-every'), '5m');
    await click(button(root, 'Quelle hinzufügen'));
    expect(root.querySelector('#source-name-problem')?.textContent).toContain('Namen');
    expect(root.querySelector('#source-url-problem')?.textContent).toContain('https://');
    expect(root.querySelector('#source-every-problem')?.textContent).toContain('15 Minuten');
    expect(root.querySelector('#source-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('source-name');
    expect(calls.filter((c) => c.method === 'addSource')).toHaveLength(1);

    await type(root.querySelector('#source-name'), '  Kreis-Förderung ');
    await type(root.querySelector('#source-url'), 'https://kreis.example/foerderung');
    await type(root.querySelector('#source-kind'), 'page', 'change');
    await type(root.querySelector('#source-every'), '12h');
    await click(button(root, 'Quelle hinzufügen'));
    await until(() => expect(rowOf(root, 'Kreis-Förderung')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'addSource').at(-1)?.args[0]).toEqual({ name: 'Kreis-Förderung', url: 'https://kreis.example/foerderung', kind: 'page', every: '12h' });
    expect(root.querySelector('.field-error')).toBeNull();
    expect((root.querySelector('#source-name') as HTMLInputElement).value).toBe('');
  });

  it('runs a source now and polls it until the run has ended', async () => {
    const { client, calls } = fakeService('admin', [source({ name: 'Landesportal', lastRun: run({}) })], 3);
    const root = await mount(() => <Sources client={client} pollMs={5} />);
    await until(() => expect(button(root, 'Jetzt abrufen')).not.toBeNull());
    await click(button(root, 'Jetzt abrufen'));
    await until(() => expect(cell(rowOf(root, 'Landesportal'), 'source-status')?.textContent).toContain('läuft'));
    expect(button(root, 'Jetzt abrufen')?.disabled).toBe(true);
    await until(() => expect(cell(rowOf(root, 'Landesportal'), 'source-status')?.textContent).toContain('Fehler'));
    expect(cell(rowOf(root, 'Landesportal'), 'source-error')?.textContent).toBe('Der Abruf ist gescheitert. Meldung des Dienstes: Dienst nicht verfügbar (503)');
    expect(calls.filter((c) => c.method === 'runSource')).toHaveLength(1);
    // looked until the status changed, then stopped
    expect(calls.filter((c) => c.method === 'source')).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.filter((c) => c.method === 'source')).toHaveLength(3);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('beendet');
    expect(button(root, 'Jetzt abrufen')?.disabled).toBe(false);
  });

  it('switches a source off and deletes one only after confirmation', async () => {
    const { client, calls } = fakeService('admin', [source({ name: 'Landesportal' }), source({ name: 'Stiftung' })]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
    await click(button(rowOf(root, 'Landesportal')!, 'Deaktivieren'));
    await until(() => expect(rowOf(root, 'Landesportal')?.textContent).toContain('deaktiviert'));
    expect(calls.find((c) => c.method === 'patchSource')?.args[1]).toEqual({ enabled: false });
    expect(button(rowOf(root, 'Landesportal')!, 'Aktivieren')).not.toBeNull();

    await click(button(rowOf(root, 'Stiftung')!, 'Löschen'));
    expect(rowOf(root, 'Stiftung')?.textContent).toContain('wirklich löschen');
    await click(button(rowOf(root, 'Stiftung')!, 'Abbrechen'));
    expect(calls.some((c) => c.method === 'removeSource')).toBe(false);
    await click(button(rowOf(root, 'Stiftung')!, 'Löschen'));
    await click(button(rowOf(root, 'Stiftung')!, 'Ja, löschen'));
    await until(() => expect(rowOf(root, 'Stiftung')).toBeUndefined());
    expect(calls.filter((c) => c.method === 'removeSource')).toHaveLength(1);
  });

  it('is the dashboard\'s fourth tab, reached by keyboard, with the saved service', async () => {
    // the dashboard's own members/changes calls find no service, as offline
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('offline')));
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:9', token: 'tok' });
    const asked: string[] = [];
    const { client } = fakeService('member', [source({ name: 'Landesportal', lastRun: run({}) })]);
    const root = await mount(() => <App sourcesFor={(url, token) => (asked.push(`${url} ${token}`), client)} />);
    const calendar = root.querySelector('#tab-calendar') as HTMLElement;
    await click(calendar);
    await act(() => void calendar.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement?.id).toBe('tab-sources');
    await until(() => expect(root.querySelector('#tab-sources')?.getAttribute('aria-selected')).toBe('true'));
    expect(root.querySelector('#tab-sources')?.textContent).toBe('Quellen');
    await until(() => expect(rowOf(root, 'Landesportal')).toBeTruthy());
    expect(asked).toContain('http://127.0.0.1:9 tok');
  });
});
