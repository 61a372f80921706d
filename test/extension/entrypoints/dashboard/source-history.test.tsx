// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { Sources } from '../../../../extension/entrypoints/dashboard/Sources.tsx';
import { NetworkError } from '../../../../extension/lib/api.ts';
import { speak } from '../../fixtures.ts';
import { click, connectBackground, mount, until } from '../../render.ts';
import { button, cell, fakeService, rowOf, run, source, sourceRun } from './fake-sources.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>fett</b>';

/** The history table's rows as the user reads them, cell by cell. */
const historyRows = (root: HTMLElement) =>
  [...root.querySelectorAll('.source-runs tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('Quellen view: run history', () => {
  it('opens a source\'s runs below its row, newest first, with the error text kept as text', async () => {
    const landesportal = source({ name: 'Landesportal', url: 'https://land.example/foerderung', lastRun: run({}) });
    const { client, calls } = fakeService('viewer', [landesportal, source({ name: 'Stiftung' })], 2, {
      [landesportal.id]: [
        sourceRun({ at: '2026-03-10T08:00:00.000Z', status: 'running', httpStatus: null, found: 0, added: 0, changed: 0, finishedAt: null }),
        sourceRun({ at: '2026-03-09T23:30:00.000Z', status: 'ok', httpStatus: 304, found: 12, added: 0, changed: 0 }),
        sourceRun({ at: '2026-03-09T06:00:00.000Z', status: 'error', httpStatus: 500, found: 0, added: 0, changed: 0, errorCode: 'http_error', error: 'HTTP 500 from land.example' }),
        sourceRun({ at: '2026-03-08T06:00:00.000Z', status: 'error', httpStatus: null, found: 0, added: 0, changed: 0, errorCode: 'a_code_of_a_newer_service', error: HOSTILE }),
        sourceRun({ at: '2025-07-01T06:00:00.000Z', status: 'ok', httpStatus: 200, found: 12, added: 3, changed: 1 }),
      ],
    });
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(rowOf(root, 'Landesportal')).toBeTruthy());

    const opener = button(rowOf(root, 'Landesportal')!, 'Verlauf')!;
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    await click(opener);
    await until(() => expect(historyRows(root)).toHaveLength(5));
    expect(calls.filter((c) => c.method === 'runs').map((c) => c.args[0])).toEqual([landesportal.id]);

    // Berlin wall-clock time: winter time (+1) in March, summer time (+2) in July, the day changes at midnight
    expect(historyRows(root)).toEqual([
      ['Di., 10.03.2026, 09:00', 'läuft …', '–', '–', '–'],
      ['Di., 10.03.2026, 00:30', 'nicht geändert', '304', '12 / 0 / 0', '–'],
      // a known failure code in German, with the source's host and the status; an unknown one shows the service's words
      ['Mo., 09.03.2026, 07:00', 'Fehler', '500', '0 / 0 / 0', 'land.example hat mit dem Status 500 geantwortet. Ist die Adresse noch aktuell?'],
      ['So., 08.03.2026, 07:00', 'Fehler', '–', '0 / 0 / 0', `Der Abruf ist gescheitert. Meldung des Dienstes: ${HOSTILE}`],
      ['Di., 01.07.2025, 08:00', 'ok', '200', '12 / 3 / 1', '–'],
    ]);
    expect(root.querySelector('.source-runs time')?.getAttribute('datetime')).toBe('2026-03-10T08:00:00.000Z');
    expect(root.querySelectorAll('.source-runs thead th')).toHaveLength(5);
    expect([...root.querySelectorAll('.source-runs thead th')].map((th) => th.textContent)).toEqual(['Zeitpunkt', 'Status', 'HTTP-Status', 'Gefunden / neu / geändert', 'Fehlermeldung']);
    // page and server texts never become markup
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();

    // the panel sits right below its source, is named for screen readers and belongs to its button
    const detail = rowOf(root, 'Landesportal')!.nextElementSibling as HTMLElement;
    expect(detail.querySelector('.source-runs')).not.toBeNull();
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(opener.getAttribute('aria-controls')).toBe(detail.id);
    expect(detail.querySelector('section')?.getAttribute('aria-label')).toBe('Abrufe von „Landesportal“');
    expect(opener.textContent).toBe('Verlauf schließen: Landesportal');

    await click(opener);
    expect(root.querySelector('.source-runs')).toBeNull();
    expect(opener.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when a source has no runs yet or the runs cannot be loaded, and closes on Escape', async () => {
    const fresh = source({ name: 'Neu' });
    const { client } = fakeService('member', [fresh]);
    let root = await mount(() => <Sources client={client} />);
    await until(() => expect(button(root, 'Verlauf')).not.toBeNull());
    await click(button(root, 'Verlauf'));
    await until(() => expect(root.querySelector('.source-history .empty')?.textContent).toBe('Noch keine Abrufe'));

    const panel = root.querySelector('.source-history') as HTMLElement;
    await act(() => void panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await until(() => expect(root.querySelector('.source-history')).toBeNull());
    expect(document.activeElement).toBe(button(root, 'Verlauf'));

    const offline = { ...client, runs: async () => Promise.reject(new NetworkError('fetch failed')) };
    root = await mount(() => <Sources client={offline} />);
    await until(() => expect(button(root, 'Verlauf')).not.toBeNull());
    await click(button(root, 'Verlauf'));
    await until(() => expect(root.querySelector('.source-history [role="alert"]')?.textContent).toContain('nicht erreichbar'));
  });

  it('loads the runs again when a run started from the dashboard has ended', async () => {
    const landesportal = source({ name: 'Landesportal', lastRun: run({}) });
    const history = { [landesportal.id]: [sourceRun({})] };
    const { client, calls } = fakeService('admin', [landesportal], 2, history);
    const root = await mount(() => <Sources client={client} pollMs={5} />);
    await until(() => expect(button(root, 'Verlauf')).not.toBeNull());
    await click(button(root, 'Verlauf'));
    await until(() => expect(historyRows(root)).toHaveLength(1));

    history[landesportal.id].unshift(sourceRun({ at: '2026-03-10T09:00:00.000Z', status: 'error', httpStatus: 503, found: 0, added: 0, changed: 0, error: 'Dienst nicht verfügbar (503)' }));
    await click(button(root, 'Jetzt abrufen'));
    await until(() => expect(cell(rowOf(root, 'Landesportal'), 'source-status')?.textContent).toContain('Fehler'));
    await until(() => expect(historyRows(root)).toHaveLength(2));
    expect(historyRows(root)[0]).toEqual(['Di., 10.03.2026, 10:00', 'Fehler', '503', '0 / 0 / 0', 'Der Abruf ist gescheitert. Meldung des Dienstes: Dienst nicht verfügbar (503)']);
    expect(calls.filter((c) => c.method === 'runs').length).toBeGreaterThanOrEqual(2);
  });
});
