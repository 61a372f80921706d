/**
 * The clip gesture: run the on-demand content script in one tab (activeTab + scripting) — it reads the page — then
 * extract the page it read here, in the extension, and keep the result as a draft. The extractor is handed in: the
 * background imports it, the preview loads it while the page is read (its own chunk, which only a clip needs).
 */
import { browser } from '#imports';
import type { ClipDraft } from './draft.ts';
import { clipPdf, isPdfAddress } from './pdf-clip.ts';
import { storeDraft } from './store-draft.ts';
import type { extractFromRead } from './page-extract.ts';
import { pageReadOf } from './page-read-result.ts';
import { profileFor } from './profile-for-tab.ts';
import { reportProfileUsed } from './profile-used.ts';

/** The file WXT builds from entrypoints/clip.content.ts (registration: "runtime"). */
export const CLIP_SCRIPT = '/content-scripts/clip.js';

/** The extraction of a page read (page-extract.ts), or its module as it loads. */
export type Extractor = typeof extractFromRead | Promise<typeof extractFromRead>;

/** Extracts the page in `tabId` and stores the draft; throws when the page cannot be scripted (e.g. browser pages). */
export async function clipTab(tabId: number, extractor: Extractor): Promise<ClipDraft> {
  // a PDF in the browser's viewer cannot be scripted: the service reads it by its address (pdf-clip.ts)
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url && isPdfAddress(tab.url)) return storeDraft(await clipPdf({ url: tab.url, title: tab.title ?? '' }));
  // the team's site profile of the page's host is applied by the extraction (issue 10, item 2): read while the page is read
  const profile = profileFor(tab?.url);
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CLIP_SCRIPT] });
  const read = pageReadOf(injection?.result);
  if (!read) throw new Error('the page returned no result');
  const extract = (await extractor)(read, new Date(), { profile: await profile });
  const draft = await storeDraft(extract);
  // a profile that filled in a field was used: the service notes when (after the clip, never in its way)
  void reportProfileUsed(extract.url, extract.items);
  return draft;
}
