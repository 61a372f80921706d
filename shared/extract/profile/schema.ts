/**
 * A site profile (issue 10, item 2): what the team's corrections on one host taught about that host's page template —
 * where the title, each kind of deadline, the place and the organizer sit, as structural paths over the page view (tag
 * names, class tokens, nth-of-type; a labelled row's label, which is template structure too), with evidence counts.
 * One contract for the service (derives and stores it), sync (carries it) and the extractor (applies it).
 */
import * as v from 'valibot';
import { DeadlineKindSchema, ItemKindSchema, LIMITS } from '../../schema.ts';

/** How deep a learned path may go (deeper elements are not learned: a template's fields sit well above this). */
export const MAX_PATH_STEPS = 64;
/** class tokens kept per step */
export const MAX_STEP_CLASSES = 6;
/** A row label is a field label ("Bewerbungsschluss"), never a sentence. */
export const MAX_ROW_LABEL = 80;

const Token = v.pipe(v.string(), v.regex(/^[^\s]{1,60}$/, 'must be one token of at most 60 characters'));

/** One step of a path: the child element with this tag (and these class tokens / id), nth of its tag among its siblings. */
export const StepSchema = v.strictObject({
  tag: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,30}$/, 'must be a lower-case tag name')),
  classes: v.pipe(v.array(Token), v.maxLength(MAX_STEP_CLASSES)),
  id: v.optional(Token),
  /** 1-based position among the siblings of the same tag (nth-of-type) */
  nth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
});
export type Step = v.InferOutput<typeof StepSchema>;

/** Where a value sits: the element at `path`, or — with `row` — the row labelled so inside the element at `path`. */
export const LocatorSchema = v.strictObject({
  path: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(MAX_PATH_STEPS)),
  /** the row's label as the template writes it, normalised (lower case, no trailing colon) */
  row: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ROW_LABEL))),
});
export type Locator = v.InferOutput<typeof LocatorSchema>;

const Day = v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD'));
const Evidence = {
  /** how many corrections agreed with this rule since it was (re)learned */
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
  /** the day (Europe/Berlin) of the latest correction that taught or confirmed it */
  correctionAt: Day,
};

export const TextRuleSchema = v.strictObject({ at: LocatorSchema, ...Evidence });
export type TextRule = v.InferOutput<typeof TextRuleSchema>;

export const DeadlineRuleSchema = v.strictObject({
  kind: DeadlineKindSchema,
  /** the label the deadline gets (as the user saved it) */
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.deadlineLabel)),
  at: LocatorSchema,
  ...Evidence,
});
export type DeadlineRule = v.InferOutput<typeof DeadlineRuleSchema>;

export const KindRuleSchema = v.strictObject({ value: ItemKindSchema, ...Evidence });
export type KindRule = v.InferOutput<typeof KindRuleSchema>;

/** A record of a listing: the repeating element (its last step's nth left out) that holds one item each. */
export const RecordRuleSchema = v.strictObject({ path: LocatorSchema.entries.path, ...Evidence });
export type RecordRule = v.InferOutput<typeof RecordRuleSchema>;

export const SiteProfileSchema = v.strictObject({
  host: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/, 'must be a lower-case host name')),
  kind: v.optional(KindRuleSchema),
  title: v.optional(TextRuleSchema),
  location: v.optional(TextRuleSchema),
  organizer: v.optional(TextRuleSchema),
  /** one rule per kind of deadline */
  deadlines: v.optional(v.pipe(v.array(DeadlineRuleSchema), v.maxLength(5), v.check((list) => new Set(list.map((d) => d.kind)).size === list.length, 'one rule per kind of deadline'))),
  record: v.optional(RecordRuleSchema),
});
export type SiteProfile = v.InferOutput<typeof SiteProfileSchema>;

/** The fields a profile can fill in, as the draft marks them (`Draft.learned`). */
export const LEARNED_FIELDS = ['kind', 'title', 'location', 'organizer', 'deadlines'] as const;
export type LearnedField = (typeof LEARNED_FIELDS)[number];
export type TextField = 'title' | 'location' | 'organizer';
/** Per field of a draft that came from the profile: the day of the correction that taught it. */
export type Learned = Partial<Record<LearnedField, { correctionAt: string }>>;

/** The host a profile is for: the URL's host, lower case, without a leading "www.". */
export function profileHost(url: string): string | null {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) ? host : null;
}

/** The fields a profile has learned, in a fixed order. */
export function learnedFields(profile: SiteProfile): Array<LearnedField | 'record'> {
  const out: Array<LearnedField | 'record'> = [];
  for (const f of LEARNED_FIELDS) if (f === 'deadlines' ? profile.deadlines?.length : profile[f]) out.push(f);
  if (profile.record) out.push('record');
  return out;
}
