/**
 * The PDF clips waiting for the service (store/pdf-clips.ts), read once it answers again: the background runs this
 * after each successful sync round (background/runtime.ts). A PDF the service reads — or refuses for good (no text,
 * encrypted, …) — becomes a draft like any clip and the user is told ("PDF gelesen: … — Vorschau öffnen"); its
 * waiting placeholder draft goes, unless the user has typed into it. While the service cannot be reached everything
 * waits; a service that keeps asking to try later (5xx, 429) gets MAX_PDF_ATTEMPTS answers, then the reason stands.
 */
import { clipDrafts } from '../store/drafts.ts';
import { waitingPdfClips, type WaitingPdfClip } from '../store/pdf-clips.ts';
import { storeDraft } from './store-draft.ts';
import type { ClipDraft } from './draft.ts';
import { askService, pdfExtract } from './pdf-clip.ts';

/** "try again later" answers per PDF before its reason is taken as the answer */
export const MAX_PDF_ATTEMPTS = 5;

/** Tells the user a waiting PDF was read (`read`: true) or refused; the draft is stored. */
export type NotifyPdfRead = (draft: ClipDraft, read: boolean) => Promise<void>;

/** Reads the waiting PDF clips, oldest first; returns how many were finished. Never throws. */
export async function readWaitingPdfs(notify: NotifyPdfRead, fetchImpl?: typeof fetch, now: () => Date = () => new Date()): Promise<number> {
  try {
    const waiting = await waitingPdfClips.getValue();
    const finished = new Set<string>();
    const tried = new Map<string, number>();
    for (const entry of waiting) {
      const answer = await askService({ url: entry.url }, fetchImpl);
      if ('problem' in answer && answer.retry === 'unreachable') break; // still away: everything waits
      if ('problem' in answer && answer.retry === 'later' && entry.attempts + 1 < MAX_PDF_ATTEMPTS) {
        tried.set(entry.url, entry.attempts + 1);
        continue;
      }
      await dropPlaceholders(entry.url);
      const draft = await storeDraft(pdfExtract(entry, answer), now());
      finished.add(entry.url);
      await notify(draft, 'items' in answer).catch((error) => console.warn('PDF read, notification failed', error));
    }
    if (finished.size === 0 && tried.size === 0) return 0;
    // a PDF clipped meanwhile stays
    const current = await waitingPdfClips.getValue();
    await waitingPdfClips.setValue(current.filter((w) => !finished.has(w.url)).map((w): WaitingPdfClip => ({ ...w, attempts: tried.get(w.url) ?? w.attempts })));
    return finished.size;
  } catch (error) {
    console.warn('waiting PDF clips not read', error);
    return 0;
  }
}

/** Forgets the waiting drafts of `url` the user has not changed (the read draft takes their place). */
async function dropPlaceholders(url: string): Promise<void> {
  const drafts = await clipDrafts.getValue();
  const untouched = (d: ClipDraft) =>
    d.problem === 'pdf_waiting' && d.page.url === url && !d.update && JSON.stringify(d.items.map((i) => i.fields)) === JSON.stringify(d.extracted ?? []);
  const kept = Object.fromEntries(Object.entries(drafts).filter(([, d]) => !untouched(d)));
  if (Object.keys(kept).length !== Object.keys(drafts).length) await clipDrafts.setValue(kept);
}
