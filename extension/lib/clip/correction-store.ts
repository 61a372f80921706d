/**
 * What the corrections keep in the browser: the page of each open clip (each under its own key, apart from the draft,
 * so neither the drafts nor the other pages are read and written again with it; the last three at most) and the
 * corrections still to send (the last three at most). chrome.storage.local holds 10 MB: a page is at most 2 MB, and
 * nothing here may ever make a clip fail or wait.
 */
import { storage } from '#imports';
import type { Correction } from '../../../shared/corrections.ts';
import { lazyItem } from '../store/lazy-item.ts';

/** pages and pending corrections kept at most */
export const KEPT = 3;

export interface PendingCorrection {
  correction: Correction;
  attempts: number;
}

export const correctionOutbox = lazyItem<PendingCorrection[]>('local:correctionOutbox', { fallback: [], version: 1, migrations: {} });

const pageKey = (draftId: string) => `local:clipPage:${draftId}` as const;
/** the drafts whose page is kept, oldest first */
const pageIds = lazyItem<string[]>('local:clipPageIds', { fallback: [], version: 1, migrations: {} });
const writing = new Map<string, Promise<void>>();
// one write after the other: each reads and writes the list of kept pages
let lastWrite: Promise<void> = Promise.resolve();
/** the pages clipped here whose write is still to come (the popup's clip runs in the preview itself) */
const inMemory = new Map<string, string>();
/** a megabyte through storage while the preview paints costs it ~150 ms (bench/extension.ts): the write waits */
export const PERSIST_DELAY_MS = 1500;

/**
 * Keeps the page of a clip: at once in memory, and in storage under its own key once the preview has painted (so a
 * draft reopened later still has it); never throws (a full storage loses the correction, not the clip). The last
 * KEPT pages stay.
 */
export function keepPage(draftId: string, html: string, delayMs = PERSIST_DELAY_MS): void {
  inMemory.set(draftId, html);
  setTimeout(() => {
    if (!inMemory.has(draftId)) return; // taken meanwhile
    const write = lastWrite
      .then(async () => {
        await storage.setItem(pageKey(draftId), html);
        const ids = [...(await pageIds.getValue()).filter((id) => id !== draftId), draftId];
        await pageIds.setValue(ids.slice(-KEPT));
        const dropped = ids.slice(0, -KEPT);
        if (dropped.length) await storage.removeItems(dropped.map(pageKey));
      })
      .catch((error) => console.warn('page not kept for a correction', error))
      .finally(() => {
        writing.delete(draftId);
        inMemory.delete(draftId); // in storage now (or lost): memory holds only the pages still to be written
      });
    writing.set(draftId, write);
    lastWrite = write;
  }, delayMs);
}

/** The page of a clip (from memory, else from storage once its write is done), and forgets it everywhere. */
export async function takePage(draftId: string): Promise<string | null> {
  const held = inMemory.get(draftId) ?? null;
  inMemory.delete(draftId);
  try {
    await writing.get(draftId);
    const html = held ?? (await storage.getItem<string>(pageKey(draftId)));
    await storage.removeItem(pageKey(draftId));
    await pageIds.setValue((await pageIds.getValue()).filter((id) => id !== draftId));
    return html;
  } catch {
    return null;
  }
}
