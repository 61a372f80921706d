// @vitest-environment happy-dom
/** A field the clip took from the team's site profile is marked "aus Ihrer Korrektur vom 3. März" (issue 10, item 2). */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { speak } from '../fixtures.ts';
import { connectBackground, mount, until } from '../render.ts';
import { clippedPage } from './preview-page.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

describe('learned fields in the preview', () => {
  it('marks the title and the deadlines read from the profile, and nothing else', async () => {
    const draft = await storeDraft(clippedPage([{ kind: 'call', title: 'Digitale Dörfer 2028', deadlines: [{ date: '2028-01-31', label: 'Projektskizze', kind: 'submission' }], location: 'Bonn', learned: { title: { correctionAt: '2027-03-03' }, deadlines: { correctionAt: '2027-03-10' }, bogus: { correctionAt: 'x' } } }], 'https://agentur.example/aufrufe/c'));
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-title')).not.toBeNull());
    const markers = [...root.querySelectorAll('.learned-marker')].map((m) => [m.id, m.textContent]);
    expect(markers).toEqual([
      ['item-0-title-learned', '↺ aus Ihrer Korrektur vom 3. März'],
      ['item-0-deadlines-learned', '↺ aus Ihrer Korrektur vom 10. März'],
    ]);
  });
});
