// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { App } from '../../../../extension/entrypoints/dashboard/App.tsx';
import { Sources } from '../../../../extension/entrypoints/dashboard/Sources.tsx';
import { NetworkError, type NewSource, type SourceLastRun, type SourcePreset, type SourcesClient, type WatchedSource } from '../../../../extension/lib/api.ts';
import { DEFAULT_SETTINGS, settings } from '../../../../extension/lib/store/settings.ts';
import { speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});
afterEach(() => vi.unstubAllGlobals());

let n = 0;
function source(over: Partial<WatchedSource> = {}): WatchedSource {
  n += 1;
  return {
    id: `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name: `Quelle ${n}`,
    url: `https://example.org/${n}`,
    kind: 'listing',
    every: '6h',
    preset: null,
    enabled: true,
    lastRun: null,
    ...over,
  };
}
const run = (over: Partial<SourceLastRun>): SourceLastRun => ({ at: '2026-03-10T08:00:00.000Z', status: 'ok', httpStatus: 200, found: 12, added: 3, changed: 1, error: null, ...over });

const PRESET: SourcePreset = { id: 'eu-funding', name: 'EU-Förderportal', organizer: 'EU', url: 'https://ec.europa.eu/calls', kind: 'rss', every: '1d', description: 'Aufrufe der EU' };

/** A service in memory: the sources, the calls made, and a run that stays "running" for `runningLooks` looks. */
function fakeService(role: string, list: WatchedSource[], runningLooks = 2) {
  const calls: { method: string; args: unknown[] }[] = [];
  const looks = new Map<string, number>();
  const note = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const find = (id: string) => list.find((s) => s.id === id)!;
  const client: SourcesClient = {
    me: async () => ({ member: { id: 'm1', name: 'Ada', role }, team: { id: 't1', name: 'Kommune' }, role }),
    sources: async () => list.map((s) => ({ ...s })),
    presets: async () => [PRESET],
    source: async (id) => {
      note('source', id);
      const s = find(id);
      const seen = (looks.get(id) ?? 0) + 1;
      looks.set(id, seen);
      if (s.lastRun?.status === 'running' && seen >= runningLooks) s.lastRun = run({ status: 'error', httpStatus: 503, found: 0, added: 0, changed: 0, error: 'Dienst nicht verfügbar (503)' });
      return { ...s };
    },
    addSource: async (body: NewSource) => {
      note('addSource', body);
      const created = 'preset' in body ? source({ name: PRESET.name, url: PRESET.url, kind: PRESET.kind, every: PRESET.every, preset: body.preset }) : source({ ...body, every: body.every ?? '6h' });
      list.push(created);
      return created;
    },
    patchSource: async (id, patch) => {
      note('patchSource', id, patch);
      Object.assign(find(id), patch);
      return { ...find(id) };
    },
    removeSource: async (id) => {
      note('removeSource', id);
      list.splice(list.indexOf(find(id)), 1);
    },
    runSource: async (id) => {
      note('runSource', id);
      find(id).lastRun = run({ status: 'running', at: '2026-03-10T09:00:00.000Z', httpStatus: null, found: 0, added: 0, changed: 0 });
      return { ...find(id) };
    },
  };
  return { client, calls };
}

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text)) ?? null;
const rowOf = (root: HTMLElement, name: string) => [...root.querySelectorAll('tbody tr')].find((r) => r.textContent?.includes(name)) as HTMLElement | undefined;
const cell = (row: HTMLElement | undefined, cls: string) => row?.querySelector(`.${cls}`) as HTMLElement | null;

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
    expect(ok?.querySelector('time')?.textContent).toMatch(/10\.03\.26/);
    expect(ok?.textContent).toContain('Übersichtsseite');

    const failed = rowOf(root, 'Stiftung');
    expect(cell(failed, 'source-status')?.querySelector('.error')?.textContent).toBe('Fehler');
    expect(cell(failed, 'source-status')?.textContent).toContain('HTTP 500');
    expect(cell(failed, 'source-error')?.textContent).toBe(hostile);
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
    expect(root.querySelectorAll('button')).toHaveLength(0);
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
    expect(cell(rowOf(root, 'Landesportal'), 'source-error')?.textContent).toBe('Dienst nicht verfügbar (503)');
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
    await click(rowOf(root, 'Landesportal')!.querySelector('button:nth-of-type(2)'));
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
