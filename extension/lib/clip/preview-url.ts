/**
 * The addresses of the preview form (entrypoints/preview): for a stored draft, or for the popup's clip of a tab.
 */
import { browser } from '#imports';

/** The address of the preview form for a draft. */
export function previewUrl(draftId: string): string {
  return browser.runtime.getURL(`/preview.html?draft=${encodeURIComponent(draftId)}` as never);
}

/** The preview form that clips the tab itself as it opens (the popup's gesture: it opens inside the popup, laid out for it). */
export function clipPreviewUrl(tabId: number): string {
  return browser.runtime.getURL(`/preview.html?tab=${tabId}&view=popup` as never);
}
