/**
 * Which draft the preview shows: `?draft=<id>` (a stored draft: the background's clip, an unsaved clip reopened), or
 * `?tab=<id>` — the popup's clip, which opens the preview at once and lets it read the page while it boots, so the
 * page's extraction and the preview's start overlap (bench/extension.ts: click to preview ≤ 300 ms on a 1 MB page).
 */
import { clipTab } from '../../lib/clip/clip-tab.ts';
import type { ClipDraft } from '../../lib/clip/draft.ts';

export interface DraftSource {
  draftId: string;
  /** the draft just made from the tab (saves the preview a storage read) */
  draft: ClipDraft | null;
  /** true when the tab could not be read */
  failed: boolean;
}

/** The popup's clip: the extractor's chunk loads while the content script reads the page (a stored draft needs neither). */
function clipWithLoadedExtractor(tabId: number): Promise<ClipDraft> {
  return clipTab(tabId, import('../../lib/clip/page-extract.ts').then((m) => m.extractFromRead));
}

/** True when the preview was opened inside the toolbar popup (`view=popup`): it then lays out at the popup's width. */
export function openedInPopup(search: string = globalThis.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'popup';
}

/** Reads the page's address; clips the tab it names, and then names the draft in the address so a reload keeps it. */
export async function draftFromAddress(location: Pick<Location, 'search' | 'pathname'> = globalThis.location, clip = clipWithLoadedExtractor): Promise<DraftSource> {
  const params = new URLSearchParams(location.search);
  const tabId = Number(params.get('tab'));
  if (!Number.isInteger(tabId) || tabId <= 0) return { draftId: params.get('draft') ?? '', draft: null, failed: false };
  try {
    const draft = await clip(tabId);
    const next = new URLSearchParams({ draft: draft.id });
    if (openedInPopup(location.search)) next.set('view', 'popup');
    history.replaceState(null, '', `${location.pathname}?${next}`);
    return { draftId: draft.id, draft, failed: false };
  } catch (error) {
    console.warn('clip failed', error);
    return { draftId: '', draft: null, failed: true };
  }
}
