/**
 * The clip gesture: run the on-demand content script in one tab (activeTab + scripting), keep the result as a draft.
 */
import { browser } from '#imports';
import { clipDrafts } from '../store/drafts.ts';
import { readLocalView } from '../sync/local-view.ts';
import { findItemForPage } from '../on-list.ts';
import type { ClipDraft, PageExtract } from './draft.ts';
import { clipPdf, isPdfAddress } from './pdf-clip.ts';
import { keepPage } from './correction-store.ts';
import { savedFields } from './reclip.ts';
import { handProfile } from './profile-for-tab.ts';
import { reportProfileUsed } from './profile-used.ts';

/** The file WXT builds from entrypoints/clip.content.ts (registration: "runtime"). */
export const CLIP_SCRIPT = '/content-scripts/clip.js';

/** Turns a page extract into a stored draft; notes the team's item (and its fields) when the page is already on the list. */
export async function storeDraft(extract: PageExtract, now: Date = new Date()): Promise<ClipDraft> {
  const view = await readLocalView();
  const existing = findItemForPage(Object.values(view), [extract.canonicalUrl, extract.url]);
  const draft: ClipDraft = {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    page: { url: extract.url, canonicalUrl: extract.canonicalUrl, title: extract.pageTitle },
    fromSelection: extract.fromSelection,
    items: extract.items,
    extracted: extract.items.map((item) => ({ ...item.fields, ...(item.over ? { over: item.over } : {}) })),
    existingItemId: existing?.id ?? null,
    saved: existing ? savedFields(existing) : null,
    diagnostics: extract.diagnostics,
    ...(extract.problem ? { problem: extract.problem } : {}),
  };
  await clipDrafts.setValue({ ...(await clipDrafts.getValue()), [draft.id]: draft });
  // the page, for a correction if the user changes what was found (kept apart from the draft; never fails the clip)
  if (extract.html) keepPage(draft.id, extract.html);
  return draft;
}

/** Extracts the page in `tabId` and stores the draft; throws when the page cannot be scripted (e.g. browser pages). */
export async function clipTab(tabId: number): Promise<ClipDraft> {
  // a PDF in the browser's viewer cannot be scripted: the service reads it by its address (pdf-clip.ts)
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url && isPdfAddress(tab.url)) return storeDraft(await clipPdf({ url: tab.url, title: tab.title ?? '' }));
  // the team's site profile of the page's host goes with the clip (issue 10, item 2)
  await handProfile(tabId, tab?.url);
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CLIP_SCRIPT] });
  const extract = injection?.result as PageExtract | undefined;
  if (!extract || !Array.isArray(extract.items)) throw new Error('the page returned no result');
  const draft = await storeDraft(extract);
  // a profile that filled in a field was used: the service notes when (after the clip, never in its way)
  void reportProfileUsed(extract.url, extract.items);
  return draft;
}

/** The address of the preview form for a draft. */
export function previewUrl(draftId: string): string {
  return browser.runtime.getURL(`/preview.html?draft=${encodeURIComponent(draftId)}` as never);
}

/** The preview form that clips the tab itself as it opens (the popup's gesture: it opens inside the popup, laid out for it). */
export function clipPreviewUrl(tabId: number): string {
  return browser.runtime.getURL(`/preview.html?tab=${tabId}&view=popup` as never);
}
