// @vitest-environment happy-dom
/** The popup shows the PDF clips waiting for the service (issue 11, item 2), counted in the language's plural forms. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/popup/App.tsx';
import { queuePdfClip } from '../../../extension/lib/clip/pdf-clip.ts';
import { waitingPdfClips } from '../../../extension/lib/store/pdf-clips.ts';
import { DEFAULT_SETTINGS, settings } from '../../../extension/lib/store/settings.ts';
import { speak } from '../fixtures.ts';
import { connectBackground, mount, until } from '../render.ts';

const now = () => new Date('2026-12-07T09:00:00Z');

beforeAll(() => speak('de'));
beforeEach(async () => {
  fakeBrowser.reset();
  connectBackground(now);
  await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'https://callwatch.stadt.de', token: 'cw_x' });
});

describe('popup: PDF clips waiting for the service', () => {
  it('lists each by title (else address) under a counted heading, and the list goes once they are read', async () => {
    await queuePdfClip({ url: 'https://www.mhkbd.nrw/foerderaufruf-2027.pdf', title: 'Förderaufruf 2027' });
    const root = await mount(() => <App tab={null} now={now} initialFilter={{ who: 'all', kind: 'all' }} />);
    await until(() => expect(root.querySelector('.waiting-pdfs h2')?.textContent).toBe('1 PDF wartet auf den Dienst'));

    await queuePdfClip({ url: 'https://www.bund.de/aufruf.pdf', title: '' });
    await until(() => expect(root.querySelector('.waiting-pdfs h2')?.textContent).toBe('2 PDFs warten auf den Dienst'));
    expect([...root.querySelectorAll('.waiting-pdfs li a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Förderaufruf 2027', 'https://www.mhkbd.nrw/foerderaufruf-2027.pdf'],
      ['https://www.bund.de/aufruf.pdf', 'https://www.bund.de/aufruf.pdf'],
    ]);

    await waitingPdfClips.setValue([]);
    await until(() => expect(root.querySelector('.waiting-pdfs')).toBeNull());
  });
});
