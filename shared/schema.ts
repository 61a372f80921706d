/**
 * The data model of DESIGN.md ("Data model"), as valibot schemas. Types are inferred from them, so the
 * validation at every boundary (API, sync, storage import, extension) and the types cannot drift apart.
 */
import * as v from 'valibot';
import { PlainTextSchema } from './text.ts';

export const LIMITS = {
  title: 500,
  summary: 2000,
  notes: 20000,
  url: 2048,
  shortText: 300,
  tags: 50,
  tag: 60,
  deadlines: 20,
  deadlineLabel: 200,
} as const;

/** True for a real calendar day written as YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * The years a date of an item may fall in. "Antragsfrist: 31.12.9999" is a common way to say "open-ended"; such a
 * date is no deadline, and calendars, alerts and spreadsheets cannot place it (issue 15, item 3).
 */
export const DATE_YEARS = { min: 1970, max: 2199 } as const;

/** True when a "YYYY-MM-DD…" value's year lies within DATE_YEARS. */
export function isSupportedDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}

/** the range check of date schemas (a value that is no date at all gets the format's message alone) */
const inDateYears = v.check((s: string) => !/^\d{4}-/.test(s) || isSupportedDate(s), `must be a date from ${DATE_YEARS.min} to ${DATE_YEARS.max}`);

/** True for a wall-clock time HH:MM from 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60;
}

export const DateSchema = v.pipe(v.string(), v.check(isCalendarDate, 'must be a real date YYYY-MM-DD'), inDateYears);
export const TimeSchema = v.pipe(v.string(), v.check(isClockTime, 'must be a time HH:MM (00:00–23:59)'));
/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (events' start and end). */
export const DateOrDateTimeSchema = v.pipe(
  v.string(),
  v.check((s) => {
    const [date, time, ...more] = s.split('T');
    return more.length === 0 && isCalendarDate(date) && (time === undefined || isClockTime(time));
  }, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
  inDateYears,
);

export const ItemKindSchema = v.picklist(['call', 'event']);
export const ItemStatusSchema = v.picklist(['new', 'watching', 'applying', 'submitted', 'done', 'dismissed']);
export const DeadlineKindSchema = v.picklist(['application', 'interest', 'registration', 'submission', 'other']);

const text = (max: number) => v.pipe(PlainTextSchema, v.maxLength(max, `must be at most ${max} characters`));
const shortText = v.nullable(text(LIMITS.shortText));

export const DeadlineSchema = v.strictObject({
  date: DateSchema,
  time: v.optional(TimeSchema),
  label: text(LIMITS.deadlineLabel),
  kind: DeadlineKindSchema,
  /** IANA zone when the deadline is not Europe/Berlin wall-clock time */
  tz: v.optional(text(64)),
});

/** The fields a client may set through ops, POST and PATCH (everything but the server-owned ones). */
export const ItemFieldsSchema = v.strictObject({
  kind: ItemKindSchema,
  title: v.pipe(PlainTextSchema, v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.title)),
  url: v.nullable(v.pipe(PlainTextSchema, v.maxLength(LIMITS.url), v.check((s) => s === '' || /^https?:\/\//i.test(s), 'must be an http(s) URL'))),
  summary: text(LIMITS.summary),
  organizer: shortText,
  location: shortText,
  deadlines: v.pipe(v.array(DeadlineSchema), v.maxLength(LIMITS.deadlines)),
  start: v.nullable(DateOrDateTimeSchema),
  end: v.nullable(DateOrDateTimeSchema),
  status: ItemStatusSchema,
  assignee: v.nullable(text(100)),
  tags: v.pipe(v.array(text(LIMITS.tag)), v.maxLength(LIMITS.tags)),
  notes: text(LIMITS.notes),
  programme: shortText,
  amount: shortText,
  watch: v.boolean(),
  deleted: v.boolean(),
});

export type ItemFields = v.InferOutput<typeof ItemFieldsSchema>;
export type ItemField = keyof ItemFields;
export type Deadline = v.InferOutput<typeof DeadlineSchema>;
export type ItemKind = v.InferOutput<typeof ItemKindSchema>;
export type ItemStatus = v.InferOutput<typeof ItemStatusSchema>;
export type DeadlineKind = v.InferOutput<typeof DeadlineKindSchema>;

/** Server-owned fields: never settable by a client. */
export const SERVER_FIELDS = ['id', 'rev', 'createdAt', 'createdBy', 'updatedAt', 'origin'] as const;

export const ItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid()),
  ...ItemFieldsSchema.entries,
  /** `clip`, `source:<sourceId>` (a watched source) or `mail:<mailboxId>` (a newsletter from the team's mailbox) */
  origin: v.string(),
  createdBy: v.nullable(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
  rev: v.number(),
});
export type Item = v.InferOutput<typeof ItemSchema>;

/** Defaults for fields an item was created without. */
export function itemDefaults(kind: ItemKind): Omit<ItemFields, 'kind' | 'title'> {
  return {
    url: null,
    summary: '',
    organizer: null,
    location: null,
    deadlines: [],
    start: null,
    end: null,
    status: 'new',
    assignee: null,
    tags: [],
    notes: '',
    programme: null,
    amount: null,
    watch: kind === 'call',
    deleted: false,
  };
}
