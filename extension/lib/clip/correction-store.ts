/**
 * What the corrections keep in the browser: the page of each open clip (apart from the draft, so the drafts stay
 * small; the last three at most) and the corrections still to send (the last three at most). chrome.storage.local
 * holds 10 MB: a page is at most 2 MB, and nothing here may ever make a clip fail.
 */
import { storage } from '#imports';
import type { Correction } from '../../../shared/corrections.ts';
import { lazyItem } from '../store/lazy-item.ts';

/** pages and pending corrections kept at most */
export const KEPT = 3;

export const clipPages = lazyItem('local:clipPages', () => storage.defineItem<Record<string, string>>('local:clipPages', { fallback: {}, version: 1, migrations: {} }));

export interface PendingCorrection {
  correction: Correction;
  attempts: number;
}

export const correctionOutbox = lazyItem('local:correctionOutbox', () => storage.defineItem<PendingCorrection[]>('local:correctionOutbox', { fallback: [], version: 1, migrations: {} }));

/** Keeps the page of a clip; never throws (a full storage loses the correction, not the clip). */
export async function keepPage(draftId: string, html: string): Promise<void> {
  try {
    const pages = Object.entries(await clipPages.getValue()).slice(-(KEPT - 1));
    await clipPages.setValue(Object.fromEntries([...pages, [draftId, html]]));
  } catch (error) {
    console.warn('page not kept for a correction', error);
  }
}

/** The page of a clip, and forgets it. */
export async function takePage(draftId: string): Promise<string | null> {
  try {
    const pages = await clipPages.getValue();
    const html = pages[draftId] ?? null;
    if (html !== null) {
      delete pages[draftId];
      await clipPages.setValue(pages);
    }
    return html;
  } catch {
    return null;
  }
}
