/**
 * PDF clips waiting for the service (issue 11, item 2): a PDF tab clipped while the service could not be reached is
 * kept here with its address, and read by the background once the service answers again (clip/pdf-outbox.ts).
 */
import { lazyItem } from './lazy-item.ts';

export interface WaitingPdfClip {
  /** the PDF's address (one entry per address) */
  url: string;
  /** the tab's title when it was clipped */
  title: string;
  /** when it was clipped (ISO) */
  clippedAt: string;
  /** answers of the service that said "try again later" (5xx, 429) */
  attempts: number;
}

/** PDF clips kept at most (the oldest give way) */
export const MAX_WAITING_PDFS = 20;

export const waitingPdfClips = lazyItem<WaitingPdfClip[]>('local:waitingPdfClips', { fallback: [], version: 1, migrations: {} });
