/**
 * A saved clip as a correction (issue 10, item 1; shared/corrections.ts): the extractor's items as the page offered
 * them, what was saved from them, and the page. Pure: null when the save took the proposal as offered.
 */
import { isCorrection, type Correction } from '../../../shared/corrections.ts';
import { LIMITS } from '../../../shared/schema.ts';
import type { ClipDraft, ClipFields } from './draft.ts';

type ExtractedItem = NonNullable<ClipDraft['extracted']>[number];
const cap = (value: string | null, max: number) => (value === null ? null : value.slice(0, max));

/** The extractor's item within the item limits the service checks (its values are not the user's, so they are cut, not refused). */
function withinLimits(item: ExtractedItem): ExtractedItem {
  const short = (value: string | null) => cap(value, LIMITS.shortText);
  return {
    ...item,
    title: item.title.slice(0, LIMITS.title),
    url: cap(item.url, LIMITS.url),
    summary: item.summary.slice(0, LIMITS.summary),
    organizer: short(item.organizer),
    location: short(item.location),
    programme: short(item.programme),
    amount: short(item.amount),
    deadlines: item.deadlines.slice(0, LIMITS.deadlines).map((d) => ({ ...d, label: d.label.slice(0, LIMITS.deadlineLabel) })),
    tags: item.tags.slice(0, LIMITS.tags).map((tag) => tag.slice(0, LIMITS.tag)),
  };
}

/** The correction for a clip saved with `saved` (each picked item with its index in the draft), or null. */
export function correctionOf(draft: Pick<ClipDraft, 'page' | 'createdAt' | 'extracted'>, saved: Array<{ from: number; fields: ClipFields }>, html: string): Correction | null {
  if (!draft.extracted || !html) return null;
  const correction: Correction = {
    url: draft.page.url,
    clippedAt: draft.createdAt,
    html,
    draft: draft.extracted.map(withinLimits),
    saved: saved.map((s) => ({ from: s.from, fields: s.fields })),
  };
  return isCorrection(correction) ? correction : null;
}
