// @vitest-environment happy-dom
/** The preview window's manners: "Verwerfen" of an edited draft asks first, Escape closes, focus follows a save. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { blankDraftItem } from '../../../extension/lib/clip/draft.ts';
import { clipDrafts } from '../../../extension/lib/store/drafts.ts';
import { speak } from '../fixtures.ts';
import { click, connectBackground, mount, type, until } from '../render.ts';
import { clippedPage } from './preview-page.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

describe('preview window', () => {
  it('discards an untouched draft at once, and asks before discarding an edited one', async () => {
    const untouched = await storeDraft(clippedPage([{ kind: 'call', title: 'Aufruf' }]));
    let closed = 0;
    const first = await mount(() => <App draftId={untouched.id} close={() => (closed += 1)} />);
    await until(() => expect(first.querySelector('#item-0-title')).not.toBeNull());
    await click(button(first, 'Verwerfen'));
    await until(() => expect(closed).toBe(1));

    const edited = await storeDraft(clippedPage([{ kind: 'call', title: 'Aufruf' }]));
    const root = await mount(() => <App draftId={edited.id} close={() => (closed += 1)} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    await type(root.querySelector('#item-0-title'), 'Aufruf (korrigiert)');
    await click(button(root, 'Verwerfen'));
    expect(root.querySelector('#discard-question')?.textContent).toBe('Ihre Änderungen an diesem Entwurf gehen verloren. Wirklich verwerfen?');
    expect(closed).toBe(1);
    await click(button(root, 'Weiter bearbeiten'));
    expect(root.querySelector('#discard-question')).toBeNull();
    expect((root.querySelector('#item-0-title') as HTMLInputElement).value).toBe('Aufruf (korrigiert)');
    await click(button(root, 'Verwerfen'));
    await click(button(root, 'Ja, verwerfen'));
    await until(() => expect(closed).toBe(2));
    await until(async () => expect(Object.keys(await clipDrafts.getValue())).not.toContain(edited.id));
  });

  it('closes on Escape and keeps the draft (closing is not discarding); Escape first ends the discard question', async () => {
    const draft = await storeDraft(clippedPage([{ kind: 'call', title: 'Aufruf' }]));
    let closed = 0;
    const root = await mount(() => <App draftId={draft.id} close={() => (closed += 1)} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    await type(root.querySelector('#item-0-title'), 'Aufruf (korrigiert)');
    await click(button(root, 'Verwerfen'));
    escape();
    await until(() => expect(root.querySelector('#discard-question')).toBeNull());
    expect(closed).toBe(0);
    escape();
    await until(() => expect(closed).toBe(1));
    expect(Object.keys(await clipDrafts.getValue())).toContain(draft.id);
  });

  it('says that a page too large or too deeply nested could not be read, and offers the empty entry', async () => {
    const page = { ...clippedPage([]), items: [blankDraftItem('https://agency.example/call', 'Agentur')], problem: 'page_too_complex' as const };
    const draft = await storeDraft(page);
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#nothing-heading')?.textContent).toBe('Die Seite konnte nicht gelesen werden'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('zu groß oder zu verschachtelt');
    await click(button(root, 'Leeren Eintrag anlegen'));
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
  });

  it('moves focus to the confirmation after saving', async () => {
    const draft = await storeDraft(clippedPage([{ kind: 'call', title: 'Aufruf' }]));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    await click(root.querySelector('button[type="submit"]'));
    await until(() => expect(document.activeElement?.textContent).toContain('gespeichert'));
    expect(document.activeElement?.getAttribute('role')).toBe('status');
  });
});
