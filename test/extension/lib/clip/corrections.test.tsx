// @vitest-environment happy-dom
/**
 * Corrections from the clip (issue 10, item 1): a preview saved with changed fields sends page, draft and saved items to
 * the real service (createApp over SQLite) after the save — never in its way: unreachable, it waits in the outbox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApp } from '../../../../service/app.ts';
import { createMemoryNotifier } from '../../../../service/notifier.ts';
import { addMember, createTeam } from '../../../../service/members/service.ts';
import { openMigratedStore, type Store } from '../../../../service/store/db.ts';
import { KeepCorrections } from '../../../../extension/entrypoints/options/KeepCorrections.tsx';
import { App } from '../../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../../extension/lib/clip/store-draft.ts';
import { correctionOf } from '../../../../extension/lib/clip/correction.ts';
import { correctionOutbox, keepPage, takePage } from '../../../../extension/lib/clip/correction-store.ts';
import { clipDocument } from './clip-page.ts';
import { pageHtml } from '../../../../extension/lib/clip/page-html.ts';
import { correctionsClient, flushCorrections, sendCorrectionLater, type CorrectionsClient } from '../../../../extension/lib/clip/send-corrections.ts';
import { clipDrafts } from '../../../../extension/lib/store/drafts.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { itemsCopy } from '../../../../extension/lib/store/items.ts';
import { makeItem, speak } from '../../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../../render.ts';

const URL_ = 'https://agency.example/veranstaltungen';
const HTML = `<!DOCTYPE html><html lang="de"><head><title>Veranstaltungen</title></head><body><main><h1>Veranstaltungen</h1>
<article><h2>Workshop Fördermittel für Vereine</h2><p>Datum: 12.03.2026, 10:00 Uhr</p><p>Ort: Bürgerhaus Gütersloh</p></article>
<article><h2>Infoabend LEADER-Förderung</h2><p>Datum: 20.05.2027, 18:00 Uhr</p><p>Ort: Kreishaus Minden</p></article>
<article><h2>Netzwerktreffen Ehrenamt</h2><p>Datum: 18.02.2027, 17:00 Uhr</p><p>Ort: Rathaus Herford</p></article>
</main></body></html>`;

function pageAt(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

let dir: string;
let store: Store;
let admin: string;
let member: string;
let reachable = true;
const app = () => createApp({ db: store.db, notifier: createMemoryNotifier() });
const clientFor = (token: string): CorrectionsClient =>
  correctionsClient('http://callwatch.test', token, async (input, init) => {
    if (!reachable) throw new TypeError('Failed to fetch');
    return app().request(String(input), init);
  });
const kept = async () => ((await (await app().request('/api/v1/corrections', { headers: { Authorization: `Bearer ${admin}` } })).json()) as { corrections: Array<{ changed: unknown; added: number[]; removed: number[] }> }).corrections;

beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground();
  reachable = true;
  dir = mkdtempSync(join(tmpdir(), 'callwatch-corrections-'));
  store = await openMigratedStore(join(dir, 'callwatch.db'));
  const team = await createTeam(store.db, { name: 'Kreis', adminName: 'Admin', at: new Date().toISOString() });
  admin = team.token;
  member = (await addMember(store.db, team.team.id, { name: 'Clara', role: 'member', at: new Date().toISOString() })).token;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Clips the listing as the content script does (12 March 2026 is over on 2026-12-08), and opens its preview. */
async function clipAndOpen() {
  const extract = clipDocument(pageAt(URL_, HTML), '', new Date('2026-12-08T10:00:00Z'));
  const draft = await storeDraft(extract, new Date('2026-12-08T10:00:00Z'));
  const sent: Array<ReturnType<typeof correctionOf>> = [];
  const root = await mount(() => <App draftId={draft.id} sendCorrection={(c) => { sent.push(c); return sendCorrectionLater(c, async () => clientFor(member), []); }} />);
  await until(() => expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(3));
  return { draft, root, sent, extract };
}

/** Waits for an async check to pass (render.ts's until() runs synchronous checks). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

async function save(root: HTMLElement) {
  await click(root.querySelector('button[type="submit"]'));
  await until(() => expect(root.querySelector('.notice')?.textContent).toContain('gespeichert'));
}

describe('corrections from the clip', () => {
  it('the clip keeps the page apart from its draft; a save as offered sends nothing', async () => {
    const { draft, root, sent, extract } = await clipAndOpen();
    expect(extract.html).toContain('Netzwerktreffen Ehrenamt');
    const stored = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
    // written once the preview has painted
    await eventually(async () => expect((await stored())[`clipPage:${draft.id}`]).toBe(extract.html), 4000);
    // the page's markup stays apart (diagnostics may name an element, as in "records <article>")
    expect(JSON.stringify((await clipDrafts.getValue())[draft.id])).not.toContain('<article><h2>');
    await save(root);
    expect(sent).toEqual([null]);
    expect(Object.keys(await stored()).filter((key) => key.startsWith('clipPage:'))).toEqual([]);
    expect(await takePage(draft.id)).toBeNull();
    expect(await kept()).toEqual([]);
  });

  it('a changed title and a listing item unticked reach the service with the page, after the save', async () => {
    const { root, sent } = await clipAndOpen();
    await type(root.querySelector('#item-1-title'), 'Infoabend LEADER 2027');
    await click(root.querySelector('#item-2-pick'));
    await save(root);
    // the save did not wait for the service: the ops are queued
    expect((await pendingOps.getValue()).map((op) => op.set.title)).toEqual(['Infoabend LEADER 2027']);
    await until(() => expect(sent).toHaveLength(1));
    const correction = sent[0]!;
    expect(correction).toMatchObject({ url: URL_, clippedAt: '2026-12-08T10:00:00.000Z', html: expect.stringContaining('<h2>Infoabend LEADER-Förderung</h2>') });
    expect(correction.draft.map((d) => [d.title, d.over ?? null])).toEqual([['Workshop Fördermittel für Vereine', 'event'], ['Infoabend LEADER-Förderung', null], ['Netzwerktreffen Ehrenamt', null]]);
    expect(correction.saved.map((s) => [s.from, s.fields.title])).toEqual([[1, 'Infoabend LEADER 2027']]);
    await eventually(async () => expect(await correctionOutbox.getValue()).toEqual([]));
    expect(await kept()).toMatchObject([{ changed: [{ from: 1, fields: ['title'] }], added: [], removed: [2] }]);
  });

  it('an update of an entry on the list sends the page item against the entry as the team keeps it', async () => {
    const url = 'https://agency.example/dorf';
    const html = '<!DOCTYPE html><html lang="de"><head><title>Aufruf</title></head><body><main><h1>Förderaufruf Dorfentwicklung</h1><p>Kommunen können Anträge auf Förderung stellen. Antragsfrist: 30.06.2027</p></main></body></html>';
    const existing = makeItem({ title: 'Dorfentwicklung 2027 (korrigiert)', url, deadlines: [{ date: '2027-06-30', label: 'Antragsfrist', kind: 'application' }] });
    await itemsCopy.setValue({ [existing.id]: existing });
    const draft = await storeDraft(clipDocument(pageAt(url, html), '', new Date('2026-12-08T10:00:00Z')), new Date('2026-12-08T10:00:00Z'));
    expect(draft.existingItemId).toBe(existing.id);
    const sent: Array<ReturnType<typeof correctionOf>> = [];
    const root = await mount(() => <App draftId={draft.id} sendCorrection={(c) => { sent.push(c); return Promise.resolve(); }} />);
    await until(() => expect((root.querySelector('#item-0-title') as HTMLInputElement | null)?.value).toBe('Dorfentwicklung 2027 (korrigiert)'));
    await type(root.querySelector('#item-0-location'), 'Kreishaus');
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.draft.map((d) => d.title)).toEqual(['Förderaufruf Dorfentwicklung']);
    expect(sent[0]!.saved).toMatchObject([{ from: 0, fields: { title: 'Dorfentwicklung 2027 (korrigiert)', location: 'Kreishaus' } }]);
    expect(sent[0]!.html).toContain('Antragsfrist: 30.06.2027');
  });

  it('an unreachable service loses nothing: the correction waits in the outbox and goes at the next attempt', async () => {
    const { root, sent } = await clipAndOpen();
    reachable = false;
    await click(root.querySelector('#item-0-pick')); // a past event ticked: a correction too
    await save(root);
    await until(() => expect(sent).toHaveLength(1));
    await eventually(async () => expect((await correctionOutbox.getValue()).map((p) => p.attempts)).toEqual([0]));
    expect(await kept()).toEqual([]);
    reachable = true;
    await flushCorrections(clientFor(member));
    expect(await correctionOutbox.getValue()).toEqual([]);
    expect(await kept()).toMatchObject([{ changed: [], added: [0], removed: [] }]);
  });

  it('sends nothing while the team keeps no corrections', async () => {
    const off = await app().request('/api/v1/team/settings', { method: 'PUT', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ keepCorrections: false }) });
    expect(off.status).toBe(200);
    const { root, sent } = await clipAndOpen();
    await type(root.querySelector('#item-1-title'), 'Infoabend (korrigiert)');
    await save(root);
    await until(() => expect(sent).toHaveLength(1));
    await eventually(async () => expect(await correctionOutbox.getValue()).toEqual([]));
    expect(await store.db.selectFrom('corrections' as never).selectAll().execute()).toEqual([]);
  });

  it('keeps the pages of the last three clips only, each under its own key', async () => {
    const keys = async () => Object.keys((await fakeBrowser.storage.local.get(null)) as object).filter((k) => k.startsWith('clipPage:')).sort();
    for (const id of ['a', 'b', 'c', 'd']) keepPage(id, `<html>${id}</html>`, 0);
    await eventually(async () => expect(await keys()).toEqual(['clipPage:b', 'clipPage:c', 'clipPage:d']));
    expect(await takePage('d')).toBe('<html>d</html>');
    expect(await keys()).toEqual(['clipPage:b', 'clipPage:c']);
    expect(await takePage('a')).toBeNull();
  });

  it('a page over 2 MB (counted in UTF-8 bytes) is not kept; the clip goes on without it', () => {
    const page = (chars: number) => pageAt(URL_, `<!DOCTYPE html><html><body><main><h1>Förderaufruf</h1><p>Antragsfrist: 30.06.2027</p><p>${'ä'.repeat(chars)}</p></main></body></html>`);
    // 1.1 million characters, 2.2 MB
    const extract = clipDocument(page(1_100_000), '', new Date('2026-12-08T10:00:00Z'));
    expect(extract.html).toBeUndefined();
    expect(extract.items.map((i) => i.fields.title)).toEqual(['Förderaufruf']);
    expect(pageHtml(page(1_000_000))).toMatch(/^<!DOCTYPE html>\n<html>/);
  });
});

describe('the options page on corrections', () => {
  it('says what is stored; an admin turns the team switch, a member sees it', async () => {
    const root = await mount(() => <KeepCorrections client={clientFor(admin)} isAdmin />);
    await until(() => expect((root.querySelector('#keep-corrections') as HTMLInputElement | null)?.checked).toBe(true));
    expect(root.textContent).toContain('die Seite so, wie sie beim Erfassen zu sehen war (ihr HTML, höchstens 2 MB), ihre Adresse, den Zeitpunkt');
    expect(root.textContent).toContain('nach 180 Tagen gelöscht');
    await click(root.querySelector('#keep-corrections'));
    await until(() => expect((root.querySelector('#keep-corrections') as HTMLInputElement).checked).toBe(false));
    expect(await clientFor(member).keepsCorrections()).toBe(false);
    const seen = await mount(() => <KeepCorrections client={clientFor(member)} isAdmin={false} />);
    await until(() => expect(seen.textContent).toContain('Ihr Team bewahrt keine Korrekturen auf; die Erweiterung schickt keine.'));
    expect(seen.querySelector('#keep-corrections')).toBeNull();
  });
});
