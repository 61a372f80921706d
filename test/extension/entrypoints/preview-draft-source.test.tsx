// @vitest-environment happy-dom
/** The popup's clip: the preview opens at once with ?tab=<id>, reads the tab while it boots, then names the draft. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClipPanel } from '../../../extension/entrypoints/popup/ClipPanel.tsx';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { draftFromAddress, openedInPopup } from '../../../extension/entrypoints/preview/draft-source.ts';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { toDraftItem } from '../../../extension/lib/clip/draft.ts';
import { clipDrafts } from '../../../extension/lib/store/drafts.ts';
import { speak } from '../fixtures.ts';
import { click, connectBackground, mount, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
  history.replaceState(null, '', '/preview.html');
});

const extract = (url = 'https://agency.example/call') => ({ url, canonicalUrl: null, pageTitle: 'Agentur', fromSelection: false, items: [toDraftItem({ kind: 'call', title: 'Aufruf' }, url)], diagnostics: [] });

describe('clip from the popup', () => {
  it('the popup button opens the preview for its tab at once', async () => {
    const opened: string[] = [];
    const root = await mount(() => <ClipPanel tab={{ id: 42, url: 'https://agency.example/call' } as never} items={[]} navigate={(url) => opened.push(url)} />);
    await click(root.querySelector('.clip-panel button'));
    expect(opened).toEqual(['chrome-extension://test-extension-id/preview.html?tab=42&view=popup']);
  });

  it('the preview clips the tab it names, keeps the draft, and names it in its address for a reload', async () => {
    const clipped: number[] = [];
    const source = await draftFromAddress({ search: '?tab=42', pathname: '/preview.html' }, async (tabId) => {
      clipped.push(tabId);
      return storeDraft(extract());
    });
    expect(clipped).toEqual([42]);
    expect(source.failed).toBe(false);
    expect(location.search).toBe(`?draft=${source.draftId}`);
    expect(Object.keys(await clipDrafts.getValue())).toEqual([source.draftId]);
    const root = await mount(() => <App draftId={source.draftId} initialDraft={source.draft} />);
    expect((root.querySelector('#item-0-title') as HTMLInputElement).value).toBe('Aufruf');
  });

  it('a preview opened inside the popup stays laid out for it after naming its draft', async () => {
    const source = await draftFromAddress({ search: '?tab=42&view=popup', pathname: '/preview.html' }, async () => storeDraft(extract()));
    expect(location.search).toBe(`?draft=${source.draftId}&view=popup`);
    expect(openedInPopup(location.search)).toBe(true);
    expect(openedInPopup('?draft=abc')).toBe(false);
  });

  it('a page that cannot be read says so in the preview', async () => {
    const source = await draftFromAddress({ search: '?tab=7', pathname: '/preview.html' }, async () => Promise.reject(new Error('Cannot access a chrome:// URL')));
    expect(source).toEqual({ draftId: '', draft: null, failed: true });
    const root = await mount(() => <App draftId="" clipFailed />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Diese Seite lässt sich nicht erfassen (z. B. Browser-Seiten oder der Add-on-Shop).');
  });

  it('a stored draft is named by ?draft= and not clipped again', async () => {
    const source = await draftFromAddress({ search: '?draft=abc', pathname: '/preview.html' }, async () => Promise.reject(new Error('must not clip')));
    expect(source).toEqual({ draftId: 'abc', draft: null, failed: false });
  });
});
