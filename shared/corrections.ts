/**
 * A correction (issue 10, item 1): a clip whose preview was saved with fields the user changed — the page as the
 * content script saw it, the extractor's draft and what was saved. One contract for the extension (which builds it),
 * the service (which validates and keeps it) and `callwatch corpus export` (which turns it into a labelled case).
 */
import * as v from 'valibot';
import { ItemFieldsSchema, LIMITS, type ItemFields } from './schema.ts';
import { normalizeText } from './text.ts';
import { canonicalJson } from './sync/canonical.ts';
import { berlinDay } from './time/berlin.ts';

/** The item fields a clip fills in: the extractor's proposal and the saved result carry these. */
export const CORRECTION_FIELDS = ['kind', 'title', 'url', 'summary', 'organizer', 'location', 'deadlines', 'start', 'end', 'programme', 'amount', 'tags'] as const;
/** The fields whose change makes a saved clip a correction (the ones the extractor is measured on). */
export const CORRECTED_FIELDS = ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

/** The page is kept up to this many bytes (UTF-8); a larger page is not sent, and refused (413). */
export const MAX_CORRECTION_PAGE_BYTES = 2 * 1024 * 1024;
/** a listing's items at most */
export const MAX_CORRECTION_ITEMS = 100;

/**
 * True for a page as a browser's DOM serialises it after callwatch's text normalisation: no NUL or other control
 * characters than tab and newline, no lone surrogates (PostgreSQL refuses them, and no parser needs them).
 */
export const isPlainPage = (html: string): boolean => normalizeText(html) === html;

const SavedFieldsSchema = v.pick(ItemFieldsSchema, [...CORRECTION_FIELDS]);
/** The extractor's proposal: the item fields, but a title may be empty (the entry offered where nothing was recognised). */
const DraftFieldsSchema = v.strictObject({
  ...SavedFieldsSchema.entries,
  title: v.pipe(v.string(), v.maxLength(LIMITS.title, `must be at most ${LIMITS.title} characters`)),
  /** the item was over at the clip (shared/extract `over`): a listing offers it unticked */
  over: v.optional(v.nullable(v.picklist(['event', 'deadline']))),
});

export const CorrectionSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(LIMITS.url), v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL')),
  /** when the page was clipped (ISO) */
  clippedAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp')),
  /** the page's HTML as the content script saw it; its size is checked in bytes by the service (413) */
  html: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.check(isPlainPage, 'must be a page as a browser serialises it: no NUL, other control characters or broken (lone surrogate) text')),
  /** every item the extractor proposed, in page order */
  draft: v.pipe(v.array(DraftFieldsSchema), v.maxLength(MAX_CORRECTION_ITEMS)),
  /** what was saved: each item with the index of the draft item it came from (null: added by hand) */
  saved: v.pipe(v.array(v.strictObject({ from: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CORRECTION_ITEMS - 1))), fields: SavedFieldsSchema })), v.maxLength(MAX_CORRECTION_ITEMS)),
});
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionFields = Pick<ItemFields, (typeof CORRECTION_FIELDS)[number]>;

/**
 * What the user corrected: per saved item the fields that differ from the draft item it came from (all of them for an
 * item added by hand), an item that was over yet ticked (`added`), and the draft items the preview offered ticked but
 * the user left out (`removed`). Empty when the save took the extractor's proposal as offered.
 */
export function correctedFields(correction: Pick<Correction, 'draft' | 'saved'>): { changed: Array<{ from: number | null; fields: CorrectedField[] }>; added: number[]; removed: number[] } {
  const changed = correction.saved
    .map((s) => {
      const draft = s.from === null ? undefined : correction.draft[s.from];
      const fields = draft ? CORRECTED_FIELDS.filter((f) => canonicalJson(draft[f] ?? null) !== canonicalJson(s.fields[f] ?? null)) : [...CORRECTED_FIELDS];
      return { from: s.from, fields };
    })
    .filter((c) => c.fields.length > 0);
  const kept = new Set(correction.saved.map((s) => s.from));
  // as the preview offers them: a page's one item ticked, a listing's items ticked unless over
  const offered = (i: number) => correction.draft.length === 1 || !correction.draft[i].over;
  const indexes = correction.draft.map((_, i) => i);
  return { changed, added: indexes.filter((i) => kept.has(i) && !offered(i)), removed: indexes.filter((i) => !kept.has(i) && offered(i)) };
}

/** True when a saved clip is a correction worth keeping. */
export function isCorrection(correction: Pick<Correction, 'draft' | 'saved'>): boolean {
  const { changed, added, removed } = correctedFields(correction);
  return changed.length > 0 || added.length > 0 || removed.length > 0;
}

/** A labelled case of the extraction corpus (`NAME.json`, ../shared/corpus/README.md). */
export interface CorpusLabel {
  url: string;
  now: string;
  source: string;
  items: Array<{ kind: 'call' | 'event'; title: string; deadline: string | null; deadlines: string[]; start: string | null; end: string | null; location: string | null; organizer: string | null }>;
}

const valueOf = (d: { date: string; time?: string }) => (d.time ? `${d.date}T${d.time}` : d.date);

/**
 * A kept correction as a corpus case's labels: what the user saved is the answer, `now` the clip's day in Berlin, and
 * `deadline` follows from `deadlines` and `now` as the corpus rules say (the earliest on or after `now`, else the latest).
 */
export function corpusLabel(correction: Pick<Correction, 'url' | 'clippedAt' | 'saved'>, source: string): CorpusLabel {
  const now = berlinDay(new Date(correction.clippedAt));
  return {
    url: correction.url,
    now,
    source,
    items: correction.saved.map(({ fields }) => {
      const deadlines = [...new Set(fields.deadlines.map(valueOf))].sort();
      return {
        kind: fields.kind,
        title: fields.title,
        deadline: deadlines.find((d) => d.slice(0, 10) >= now) ?? deadlines.at(-1) ?? null,
        deadlines,
        start: fields.start,
        end: fields.end,
        location: fields.location,
        organizer: fields.organizer,
      };
    }),
  };
}

/** A file name for a case: the page's host and the first saved title, plainly spelled, and the correction's id for uniqueness. */
export function corpusCaseName(correction: Pick<Correction, 'url' | 'saved'>, id: string): string {
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(correction.url)?.[1] ?? 'page';
  const title = correction.saved[0]?.fields.title ?? 'nichts';
  const slug = `${host}-${title}`
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
  return `${slug}-${id.replace(/[^a-z0-9]/gi, '').slice(-8).toLowerCase()}`;
}
