/**
 * A page extract (a clipped page, a PDF the service read) kept as a draft for the preview form. Apart from the clip
 * gesture (clip-tab.ts), which carries the extractor: the popup and the dashboard store drafts without loading it.
 */
import { clipDrafts } from '../store/drafts.ts';
import { readLocalView } from '../sync/local-view.ts';
import { findItemForPage } from '../on-list.ts';
import type { ClipDraft, PageExtract } from './draft.ts';
import { keepPage } from './correction-store.ts';
import { savedFields } from './reclip.ts';

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
