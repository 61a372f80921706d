/**
 * A clip between extraction and saving: what the page offered, editable in the preview form.
 * The extractor's Draft (DESIGN.md, "Extraction") is read tolerantly here, so a richer extractor needs no change.
 */
import { deadlineKindOf, deadlineOfText, draftDeadlines, draftKind, draftRecord } from '../../../shared/draft.ts';
import type { Deadline, ItemFields } from '../../../shared/schema.ts';

/** The fields a clip may fill in (team fields such as status and assignee are left to the team). */
export type ClipFields = Pick<
  ItemFields,
  'kind' | 'title' | 'url' | 'summary' | 'organizer' | 'location' | 'deadlines' | 'start' | 'end' | 'programme' | 'amount' | 'tags'
>;

export const CLIP_FIELDS = ['kind', 'title', 'url', 'summary', 'organizer', 'location', 'deadlines', 'start', 'end', 'programme', 'amount', 'tags'] as const;

/** Text fields whose sentence the clip looks up on the page when the extractor was unsure of them (field-evidence.ts). */
export type EvidencedField = 'title' | 'location' | 'organizer' | 'programme' | 'amount';

export interface DraftItem {
  fields: ClipFields;
  /** the sentence each date came from: per deadline (same order), and for start/end */
  evidence: { deadlines: (string | null)[]; start: string | null; end: string | null; fields?: Partial<Record<EvidencedField, string>> };
  /** the extractor's confidence per field, 0–1, when it gave one */
  confidence: Record<string, number>;
  /** false for the empty entry offered where the extractor recognised no call or event */
  recognised?: boolean;
  /** what about the item is over at the clip: its event (`event`) or every deadline (`deadline`); absent or null while relevant */
  over?: 'event' | 'deadline' | null;
  /** fields read from the team's site profile, each with the day of the correction that taught it (shared/extract/profile) */
  learned?: Partial<Record<'kind' | 'title' | 'location' | 'organizer' | 'deadlines', { correctionAt: string }>>;
}

/** What the content script sends back from the page. */
export interface PageExtract {
  url: string;
  canonicalUrl: string | null;
  pageTitle: string;
  /** true when the user had selected text and only that was read */
  fromSelection: boolean;
  items: DraftItem[];
  /** the page's HTML as the clip read it (≤ 2 MB, text normalised), kept for a correction (page-html.ts); absent when larger */
  html?: string;
  diagnostics: string[];
  /**
   * the page could not be read within the clip's budget (i18n key clipPageTooComplex), or the PDF waits for the
   * service and is read when it is back (pdf_waiting, i18n key pdfWaiting)
   */
  problem?: 'page_too_complex' | 'pdf_waiting';
}

export interface ClipDraft {
  id: string;
  createdAt: string;
  page: { url: string; canonicalUrl: string | null; title: string };
  fromSelection: boolean;
  items: DraftItem[];
  /** the team's item for this page, when it is already on the list */
  existingItemId: string | null;
  /** that item's fields when the page was clipped: where an update starts (absent in drafts stored before re-clips kept it) */
  saved?: ClipFields | null;
  /** the extractor's items as first offered (the form's edits change `items`): what a correction compares with */
  extracted?: Array<ClipFields & { over?: DraftItem['over'] }>;
  /** the update in progress: the form's fields and the ids of the page's changes the user accepted */
  update?: { fields: ClipFields; accepted: string[] };
  /** the page could not be read within the clip's budget: the preview says so above the empty entry */
  problem?: PageExtract['problem'];
  diagnostics: string[];
}

/**
 * The evidence text shared/extract/assemble.ts gives a date read from the page's machine-readable data (no sentence
 * to quote); the preview says that in plain words.
 */
export const STRUCTURED_DATA_EVIDENCE = 'structured data (JSON-LD)';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function toDeadline(raw: unknown): Deadline | null {
  if (typeof raw === 'string') {
    const deadline = deadlineOfText(raw);
    return /^\d{4}-\d{2}-\d{2}$/.test(deadline.date) ? deadline : null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const d = raw as Record<string, unknown>;
  const date = str(d.date);
  if (!date) return null;
  const time = str(d.time);
  return { date, ...(time ? { time } : {}), label: str(d.label) ?? '', kind: deadlineKindOf(d.kind) };
}

// shared/extract gives evidence as a list of { field: "deadline" | "start" | "end", value, text }; a value is the date
// (or date-time) the sentence gave, so each deadline finds its own sentence.
function evidenceFor(raw: Record<string, unknown>, deadlines: Deadline[]): DraftItem['evidence'] {
  const list = Array.isArray(raw.evidence) ? (raw.evidence as unknown[]) : [];
  const entries = list.filter((e): e is { field: string; value: string; text: string } => {
    const x = e as Record<string, unknown> | null;
    return !!x && typeof x.field === 'string' && typeof x.value === 'string' && typeof x.text === 'string';
  });
  const find = (field: string, value: string | null) =>
    value ? (entries.find((e) => e.field === field && e.value === value) ?? entries.find((e) => e.field === field && e.value.slice(0, 10) === value.slice(0, 10)))?.text ?? null : null;
  return {
    deadlines: deadlines.map((d) => find('deadline', d.time ? `${d.date}T${d.time}` : d.date)),
    start: find('start', str(raw.start)),
    end: find('end', str(raw.end)),
  };
}

/** Reads one extractor draft into the preview's shape; `url` is the page's address when the draft has none. */
export function toDraftItem(raw: unknown, url: string): DraftItem {
  const r = draftRecord(raw);
  const deadlines = draftDeadlines(r).map(toDeadline).filter((d): d is Deadline => d !== null);
  const kind = draftKind(r);
  const confidence: Record<string, number> = {};
  if (r.confidence && typeof r.confidence === 'object') {
    for (const [k, v] of Object.entries(r.confidence)) if (typeof v === 'number') confidence[k] = v;
  } else if (typeof r.confidence === 'number') confidence.item = r.confidence;
  return {
    fields: {
      kind,
      title: str(r.title) ?? '',
      url: str(r.url) ?? url,
      summary: (str(r.summary) ?? '').slice(0, 2000),
      organizer: str(r.organizer),
      location: str(r.location),
      deadlines,
      start: str(r.start),
      end: str(r.end),
      programme: str(r.programme),
      amount: str(r.amount),
      tags: Array.isArray(r.tags) ? r.tags.filter((x): x is string => typeof x === 'string') : [],
    },
    evidence: evidenceFor(r, deadlines),
    confidence,
    ...(r.over === 'event' || r.over === 'deadline' ? { over: r.over } : {}),
    ...learnedOf(r.learned),
  };
}

const LEARNABLE = ['kind', 'title', 'location', 'organizer', 'deadlines'] as const;
/** The draft's `learned` marks, kept only where each names a field and a calendar day. */
function learnedOf(raw: unknown): Pick<DraftItem, 'learned'> {
  if (!raw || typeof raw !== 'object') return {};
  const learned: NonNullable<DraftItem['learned']> = {};
  for (const field of LEARNABLE) {
    const day = (raw as Record<string, { correctionAt?: unknown } | undefined>)[field]?.correctionAt;
    if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) learned[field] = { correctionAt: day };
  }
  return Object.keys(learned).length ? { learned } : {};
}

/**
 * An empty item for a page where the extractor recognised no call or event, so the user can still clip it by hand.
 * It is not titled after the page (`_pageTitle`, kept on the draft's page): a news headline is no call.
 */
export function blankDraftItem(url: string, _pageTitle: string): DraftItem {
  return { ...toDraftItem({ kind: 'call', title: '', url }, url), recognised: false };
}
