/**
 * What the source form holds and how it becomes a request: checks before the round trip, the POST body of a new
 * source, the PATCH of an edited one (changed fields only), and the service's refusal mapped onto the form's fields.
 */
import { ServiceError, type NewSource, type SourceKind, type SourcePatch, type WatchedSource } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { describeFailure } from './sources.ts';

/** A source of the team's own, as POST /api/v1/sources takes it. */
export type OwnSource = Extract<NewSource, { url: string }>;

/** What the add and edit forms hold. */
export interface SourceDraft {
  name: string;
  url: string;
  kind: SourceKind;
  every: string;
  itemSelector: string;
  linkSelector: string;
}

export const DRAFT_FIELDS = ['name', 'url', 'kind', 'every', 'itemSelector', 'linkSelector'] as const satisfies readonly (keyof SourceDraft)[];

export const EMPTY_DRAFT: SourceDraft = { name: '', url: '', kind: 'page', every: '6h', itemSelector: '', linkSelector: '' };

/** Problems by field, as UI text. */
export type DraftProblems = Partial<Record<keyof SourceDraft, string>>;

/** Why a send failed: one sentence for the form, and the fields the service named. */
export interface Refusal {
  message: string;
  fields: DraftProblems;
}

// mirrors service/sources/every.ts so a typo is caught before the round trip; the service still decides
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** True for an interval the service accepts: "30m", "6h", "1d", from 15 minutes to 30 days. */
export function isEvery(every: string): boolean {
  const m = /^(\d{1,4})([mhd])$/.exec(every.trim());
  if (!m) return false;
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return ms >= 15 * 60_000 && ms <= 30 * 86_400_000;
}

/** True for an http(s) address without credentials (the only kind the service watches). */
export function isSourceUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The form's problems, by field, as UI text; empty when the draft can be sent. */
export function checkDraft(draft: SourceDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.name.trim()) problems.name = t('sourceNameMissing');
  if (!isSourceUrl(draft.url)) problems.url = t('sourceUrlInvalid');
  if (!isEvery(draft.every)) problems.every = t('sourceEveryInvalid');
  return problems;
}

/** The body POST /api/v1/sources takes for a checked draft; empty selectors are left out. */
export function draftBody(draft: SourceDraft): OwnSource {
  const body: OwnSource = { name: draft.name.trim(), url: draft.url.trim(), kind: draft.kind, every: draft.every.trim() };
  if (draft.itemSelector.trim()) body.itemSelector = draft.itemSelector.trim();
  if (draft.linkSelector.trim()) body.linkSelector = draft.linkSelector.trim();
  return body;
}

/** A watched source as the edit form starts out. */
export function draftOf(source: WatchedSource): SourceDraft {
  return {
    name: source.name,
    url: source.url,
    kind: source.kind,
    every: source.every,
    itemSelector: source.itemSelector ?? '',
    linkSelector: source.linkSelector ?? '',
  };
}

/** The PATCH for an edited source: only what differs from `source`; an emptied selector is sent as null (removed). */
export function draftPatch(source: WatchedSource, draft: SourceDraft): SourcePatch {
  const next = draftBody(draft);
  const patch: SourcePatch = {};
  if (next.name !== source.name) patch.name = next.name;
  if (next.url !== source.url) patch.url = next.url;
  if (next.kind !== source.kind) patch.kind = next.kind;
  if (next.every !== source.every) patch.every = next.every;
  // the service leaves an absent selector out of the source, so "" and undefined both mean "none"
  if ((next.itemSelector ?? null) !== (source.itemSelector || null)) patch.itemSelector = next.itemSelector ?? null;
  if ((next.linkSelector ?? null) !== (source.linkSelector || null)) patch.linkSelector = next.linkSelector ?? null;
  return patch;
}

const isDraftField = (field: string): field is keyof SourceDraft => (DRAFT_FIELDS as readonly string[]).includes(field);

/**
 * A failed send in words for the form. A validation error (400) keeps the service's own message, which is what the
 * user needs to fix (e.g. "points to an internal network"), and puts each named field's message at that field.
 */
export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ServiceError) || error.status !== 400) return { message: describeFailure(error), fields: {} };
  const fields: DraftProblems = {};
  const elsewhere: string[] = [];
  for (const problem of error.fields) {
    if (isDraftField(problem.field) && !fields[problem.field]) fields[problem.field] = problem.message;
    else if (!isDraftField(problem.field)) elsewhere.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
  }
  return { message: t('sourceRefused', [[error.message, ...elsewhere].join(' – ')]), fields };
}
