/**
 * A call or event a reader found: the item fields a source may fill in, checked against the data model's limits.
 * Drafts from the shared extractor, feed entries and calendar events all end up in this one shape, so matching and
 * writing never care where a find came from.
 */
import * as v from 'valibot';
import { DateOrDateTimeSchema, DeadlineSchema, LIMITS, type Deadline, type ItemKind } from '../../shared/schema.ts';
import { deadlineKindOf, deadlineOfText, draftDeadlines, draftKind } from '../../shared/draft.ts';
import { normalizeText } from '../../shared/text.ts';

export interface Found {
  kind: ItemKind;
  title: string;
  /** the item's own page (detail page, feed link, event URL); '' when it has none (a call told in a newsletter) */
  url: string;
  summary: string;
  organizer: string | null;
  location: string | null;
  deadlines: Deadline[];
  start: string | null;
  end: string | null;
  programme: string | null;
  amount: string | null;
}

/** The fields of a find that are compared with what was found before (what a source "says" about an item). */
export const FOUND_FIELDS = ['kind', 'title', 'url', 'summary', 'organizer', 'location', 'deadlines', 'start', 'end', 'programme', 'amount'] as const;

const text = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null;
  // finds are written as ops without passing the item schema: the same normalisation as its text fields
  const cleaned = normalizeText(value).replace(/[\s\u00a0]+/g, ' ').trim();
  if (cleaned === '') return null;
  // the cut never splits a surrogate pair (that would leave a lone surrogate)
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : cleaned;
};

const dateOrDateTime = (value: unknown): string | null =>
  typeof value === 'string' && v.is(DateOrDateTimeSchema, value) ? value : null;

/** One deadline from a draft: `{ date, time?, label, kind }` or a string "YYYY-MM-DD[THH:MM]"; null when invalid. */
export function toDeadline(raw: unknown): Deadline | null {
  let candidate: Record<string, unknown>;
  if (typeof raw === 'string') {
    candidate = deadlineOfText(raw);
  } else if (raw && typeof raw === 'object') {
    const d = raw as Record<string, unknown>;
    candidate = { date: d.date, label: text(d.label, LIMITS.deadlineLabel) ?? '', kind: deadlineKindOf(d.kind) };
    if (typeof d.time === 'string' && d.time !== '') candidate.time = d.time;
    if (typeof d.tz === 'string' && d.tz !== '') candidate.tz = d.tz;
  } else {
    return null;
  }
  const parsed = v.safeParse(DeadlineSchema, candidate);
  return parsed.success ? parsed.output : null;
}

/** Deadlines sorted by date and time, each once. */
export function sortDeadlines(deadlines: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  const key = (d: Deadline) => `${d.date}T${d.time ?? '24:00'}`;
  return [...deadlines]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .filter((d) => {
      const id = `${key(d)}|${d.kind}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** An absolute http(s) URL no longer than the data model allows, or null. */
export function itemUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href.length <= LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads one extractor draft (tolerantly: the extractor may grow) into a Found; null when it has no title. */
export function toFound(raw: unknown, pageUrl: string): Found | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const title = text(r.title, LIMITS.title);
  if (!title) return null;
  const kind = draftKind(r);
  return {
    kind,
    title,
    url: itemUrl(r.url, pageUrl) ?? pageUrl,
    summary: text(r.summary, LIMITS.summary) ?? '',
    organizer: text(r.organizer, LIMITS.shortText),
    location: text(r.location, LIMITS.shortText),
    deadlines: sortDeadlines(draftDeadlines(r).map(toDeadline).filter((d): d is Deadline => d !== null)).slice(0, LIMITS.deadlines),
    start: kind === 'event' ? dateOrDateTime(r.start) : null,
    end: kind === 'event' ? dateOrDateTime(r.end) : null,
    programme: text(r.programme, LIMITS.shortText),
    amount: text(r.amount, LIMITS.shortText),
  };
}
