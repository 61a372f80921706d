// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { Sources } from '../../../../extension/entrypoints/dashboard/Sources.tsx';
import { sourcesClient, type WatchedSource } from '../../../../extension/lib/api.ts';
import { speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';
import { button, fakeService, rowOf, run, source } from './fake-sources.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const input = (root: HTMLElement, field: string) => root.querySelector(`#source-edit-${field}`) as HTMLInputElement | null;
const notice = (root: HTMLElement) => root.querySelector('.sources-view > [role="status"]')?.textContent;

// the service's German answers (the extension asks in its UI language: test/extension/lib/api-language.test.ts)
const PRIVATE_REFUSAL = 'Die Adresse 127.0.0.1 zeigt auf ein internes Netz und wird nicht abgerufen.';

/** The service over HTTP as fetch sees it: lists `list`, and refuses every PATCH with the error envelope. */
function refusingService(list: WatchedSource[]) {
  const patches: { url: string; body: unknown }[] = [];
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    if (url.endsWith('/api/v1/me')) return json(200, { member: { id: 'm1', name: 'Ada', role: 'admin' }, team: { id: 't1', name: 'Kommune' }, role: 'admin' });
    if (url.endsWith('/api/v1/source-presets')) return json(200, { presets: [] });
    if (url.endsWith('/api/v1/sources') && !init?.method) return json(200, { sources: list });
    if (init?.method === 'PATCH') {
      patches.push({ url, body: JSON.parse(String(init.body)) });
      const body = JSON.parse(String(init.body)) as { url?: string; every?: string };
      if (body.url) return json(400, { error: { code: 'validation', message: PRIVATE_REFUSAL, details: { fields: [{ field: 'url', message: PRIVATE_REFUSAL }] } } });
      return json(400, { error: { code: 'validation', message: 'Ungültige Angaben in: every', details: { fields: [{ field: 'every', message: 'muss ein Abstand wie „30m“, „6h“ oder „1d“ sein (15 Minuten bis 30 Tage)' }, { field: '', message: 'muss mindestens ein Feld setzen' }] } } });
    }
    return json(404, { error: { code: 'not_found', message: 'no such route' } });
  };
  return { client: sourcesClient('http://127.0.0.1:9', 'tok', fetchImpl), patches };
}

describe('Quellen view: editing a source', () => {
  it('lets an admin change name, address, interval and kind; only the changed fields are sent', async () => {
    const landesportal = source({ name: 'Landesportal', url: 'https://land.example/foerderung', kind: 'listing', every: '6h', lastRun: run({}) });
    const { client, calls } = fakeService('admin', [landesportal, source({ name: 'Stiftung' })]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(button(rowOf(root, 'Landesportal')!, 'Bearbeiten')).not.toBeNull());

    const opener = button(rowOf(root, 'Landesportal')!, 'Bearbeiten')!;
    await click(opener);
    await until(() => expect(input(root, 'name')).not.toBeNull());
    // the form starts with the source as it is, right below its row, with the caret in the first field
    expect(input(root, 'name')!.value).toBe('Landesportal');
    expect(input(root, 'url')!.value).toBe('https://land.example/foerderung');
    expect(input(root, 'kind')!.value).toBe('listing');
    expect(input(root, 'every')!.value).toBe('6h');
    expect(rowOf(root, 'Landesportal')!.nextElementSibling?.querySelector('#source-edit-name')).toBe(input(root, 'name'));
    expect(document.activeElement).toBe(input(root, 'name'));
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    // every field has a visible label
    for (const field of ['name', 'url', 'kind', 'every', 'itemSelector', 'linkSelector']) expect(root.querySelector(`label[for="source-edit-${field}"]`), field).not.toBeNull();

    await type(input(root, 'name'), ' Landesportal Förderung ');
    await type(input(root, 'url'), 'https://land.example/foerderung/aktuell');
    await type(input(root, 'every'), '12h');
    await click(button(root, 'Änderungen speichern'));

    await until(() => expect(rowOf(root, 'Landesportal Förderung')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'patchSource').map((c) => c.args)).toEqual([
      [landesportal.id, { name: 'Landesportal Förderung', url: 'https://land.example/foerderung/aktuell', every: '12h' }],
    ]);
    const row = rowOf(root, 'Landesportal Förderung')!;
    expect(row.textContent).toContain('https://land.example/foerderung/aktuell');
    expect(row.textContent).toContain('12h');
    expect(root.querySelectorAll('tbody tr[data-source]')).toHaveLength(2);
    // the form closes, says what happened, and the focus goes back to the button that opened it
    expect(input(root, 'name')).toBeNull();
    expect(notice(root)).toContain('„Landesportal Förderung“ gespeichert');
    await until(() => expect(document.activeElement).toBe(button(row, 'Bearbeiten')));
  });

  it('sends selectors only when changed, and an emptied one as null', async () => {
    const listing = source({ name: 'Kreis', kind: 'listing', linkSelector: 'a.call' });
    const { client, calls } = fakeService('admin', [listing]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(button(root, 'Bearbeiten')).not.toBeNull());
    await click(button(root, 'Bearbeiten'));
    await until(() => expect(input(root, 'linkSelector')?.value).toBe('a.call'));
    // a source with selectors shows them; they are not hidden behind the "Erweitert" switch
    expect(input(root, 'linkSelector')!.closest('details')?.open).toBe(true);

    await type(input(root, 'itemSelector'), '.teaser');
    await type(input(root, 'linkSelector'), '  ');
    await type(input(root, 'kind'), 'page', 'change');
    await click(button(root, 'Änderungen speichern'));
    await until(() => expect(calls.filter((c) => c.method === 'patchSource')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'patchSource')?.args[1]).toEqual({ kind: 'page', itemSelector: '.teaser', linkSelector: null });
    await until(() => expect(rowOf(root, 'Kreis')?.textContent).toContain('Einzelseite'));
  });

  it('sends nothing when nothing changed or the input is incomplete, and nothing after "Abbrechen"', async () => {
    const { client, calls } = fakeService('admin', [source({ name: 'Landesportal' })]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(button(root, 'Bearbeiten')).not.toBeNull());

    await click(button(root, 'Bearbeiten'));
    await type(input(root, 'name'), '');
    await type(input(root, 'every'), '5m');
    await click(button(root, 'Änderungen speichern'));
    expect(root.querySelector('#source-edit-name-problem')?.textContent).toContain('Namen');
    expect(root.querySelector('#source-edit-every-problem')?.textContent).toContain('15 Minuten');
    expect(input(root, 'name')!.getAttribute('aria-invalid')).toBe('true');
    expect(input(root, 'name')!.getAttribute('aria-describedby')).toBe('source-edit-name-problem');
    expect(document.activeElement).toBe(input(root, 'name'));

    // a stray Escape does not throw the input away; "Abbrechen" does
    await act(() => void input(root, 'every')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(input(root, 'every')?.value).toBe('5m');
    await click(button(root, 'Abbrechen'));
    expect(input(root, 'name')).toBeNull();
    await until(() => expect(document.activeElement).toBe(button(root, 'Bearbeiten')));
    expect(rowOf(root, 'Landesportal')).toBeTruthy();

    await click(button(root, 'Bearbeiten'));
    // opened afresh: the abandoned input is gone
    expect(input(root, 'name')!.value).toBe('Landesportal');
    await click(button(root, 'Änderungen speichern'));
    await until(() => expect(notice(root)).toContain('Nichts geändert'));
    expect(input(root, 'name')).toBeNull();
    expect(calls.filter((c) => c.method === 'patchSource')).toEqual([]);
  });

  it('shows the service\'s refusal at the field and keeps what the admin typed', async () => {
    const landesportal = source({ name: 'Landesportal', url: 'https://land.example/foerderung', lastRun: run({}) });
    const { client, patches } = refusingService([landesportal]);
    const root = await mount(() => <Sources client={client} />);
    await until(() => expect(button(root, 'Bearbeiten')).not.toBeNull());
    await click(button(root, 'Bearbeiten'));

    // a private address passes the form's own check; the service refuses it
    await type(input(root, 'name'), 'Intranet');
    await type(input(root, 'url'), 'http://127.0.0.1/foerderung');
    await click(button(root, 'Änderungen speichern'));
    await until(() => expect(root.querySelector('.source-edit [role="alert"]')).not.toBeNull());

    expect(patches).toEqual([{ url: `http://127.0.0.1:9/api/v1/sources/${landesportal.id}`, body: { name: 'Intranet', url: 'http://127.0.0.1/foerderung' } }]);
    expect(root.querySelector('.source-edit [role="alert"]')?.textContent).toBe(`Der Dienst hat die Angaben nicht angenommen: ${PRIVATE_REFUSAL}`);
    expect(root.querySelector('#source-edit-url-problem')?.textContent).toBe(PRIVATE_REFUSAL);
    expect(input(root, 'url')!.getAttribute('aria-invalid')).toBe('true');
    expect(input(root, 'name')!.getAttribute('aria-invalid')).toBeNull();
    await until(() => expect(document.activeElement).toBe(input(root, 'url')));
    // the input stays as typed, the list as it was
    expect(input(root, 'name')!.value).toBe('Intranet');
    expect(input(root, 'url')!.value).toBe('http://127.0.0.1/foerderung');
    expect(rowOf(root, 'Intranet')).toBeUndefined();
    expect(rowOf(root, 'Landesportal')?.textContent).toContain('https://land.example/foerderung');
    expect(button(root, 'Änderungen speichern')?.disabled).toBe(false);

    // a refusal naming a field and the body as a whole: the field gets its message, the form the rest
    await type(input(root, 'url'), 'https://land.example/foerderung');
    await type(input(root, 'every'), '1d');
    await click(button(root, 'Änderungen speichern'));
    await until(() => expect(root.querySelector('#source-edit-every-problem')?.textContent).toContain('muss ein Abstand wie'));
    expect(root.querySelector('#source-edit-url-problem')).toBeNull();
    expect(root.querySelector('.source-edit [role="alert"]')?.textContent).toBe('Der Dienst hat die Angaben nicht angenommen: Ungültige Angaben in: every – muss mindestens ein Feld setzen');
    expect(input(root, 'every')!.value).toBe('1d');
    expect(patches.at(-1)?.body).toEqual({ name: 'Intranet', every: '1d' });
  });

  it('offers no editing to members and viewers, even with a saved admin role', async () => {
    for (const role of ['member', 'viewer'] as const) {
      const { client, calls } = fakeService(role, [source({ name: 'Landesportal', lastRun: run({}) })]);
      const root = await mount(() => <Sources client={client} savedRole="admin" />);
      await until(() => expect(root.textContent).toContain('Nur Admins können Quellen ändern'));
      expect(button(root, 'Bearbeiten')).toBeNull();
      expect(root.querySelector('[id^="source-edit"]')).toBeNull();
      expect(root.querySelector('input, select, textarea')).toBeNull();
      expect(button(root, 'Verlauf')).not.toBeNull();
      expect(calls.filter((c) => c.method === 'patchSource')).toEqual([]);
    }
  });
});
