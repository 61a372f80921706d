// @vitest-environment happy-dom
/** The preview of a PDF that waits for the service says so, and still offers the empty entry to fill in by hand. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../extension/lib/clip/store-draft.ts';
import { pdfExtract } from '../../../extension/lib/clip/pdf-clip.ts';
import { speak } from '../fixtures.ts';
import { click, connectBackground, mount, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

describe('preview of a waiting PDF', () => {
  it('tells the user the PDF is read once the service answers, and offers the empty entry', async () => {
    const extract = pdfExtract({ url: 'https://www.mhkbd.nrw/aufruf.pdf', title: 'aufruf.pdf' }, { problem: 'service not reachable', retry: 'unreachable' });
    const draft = await storeDraft({ ...extract, problem: 'pdf_waiting' });
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#nothing-heading')?.textContent).toBe('Die PDF wird später gelesen'));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('sobald er wieder antwortet');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Leeren Eintrag anlegen') ?? null);
    await until(() => expect((root.querySelector('#item-0-url') as HTMLInputElement | null)?.value).toBe('https://www.mhkbd.nrw/aufruf.pdf'));
  });
});
