/**
 * The source contract (DESIGN.md "Sources and scraping"): `{ id, name, url, kind, itemSelector?, linkSelector?,
 * every }` and its `lastRun: { at, status, httpStatus, found, added, changed, error }`, as valibot schemas for the API.
 * Additive fields: `preset`, `enabled`, `nextRunAt`, `failures`, `createdAt`, `updatedAt`, and `lastRun.errorCode`,
 * `lastRun.durationMs`.
 */
import * as cheerio from '../extract/lazy-cheerio.ts';
import * as v from 'valibot';
import { LIMITS } from '../../shared/schema.ts';
import { PlainTextSchema } from '../../shared/text.ts';
import { SOURCE_KINDS } from '../scrape/readers/index.ts';
import { parseEvery } from './every.ts';

/** True when Cheerio can use the text as a CSS selector. */
export function isSelector(text: string): boolean {
  try {
    cheerio.load('<p></p>')(text);
    return true;
  } catch {
    return false;
  }
}

export const SourceKindSchema = v.picklist(SOURCE_KINDS);
export const SourceUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(LIMITS.url),
  v.check((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without credentials'),
);
export const SelectorSchema = v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(300), v.check(isSelector, 'must be a CSS selector')));
export const EverySchema = v.pipe(
  v.string(),
  v.check((s) => parseEvery(s) !== null, 'must be an interval such as "30m", "6h" or "1d" (15 minutes to 30 days)'),
);
const NameSchema = v.pipe(PlainTextSchema, v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200));
const PresetIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'must be a preset id'));

/** POST /sources: a source of its own, or a preset (whose fields the other members may override). */
export const NewSourceBodySchema = v.union([
  v.strictObject({
    name: NameSchema,
    url: SourceUrlSchema,
    kind: SourceKindSchema,
    itemSelector: v.optional(SelectorSchema),
    linkSelector: v.optional(SelectorSchema),
    every: v.optional(EverySchema),
    enabled: v.optional(v.boolean()),
  }),
  v.strictObject({
    preset: PresetIdSchema,
    name: v.optional(NameSchema),
    every: v.optional(EverySchema),
    enabled: v.optional(v.boolean()),
  }),
]);
export type NewSourceBody = v.InferOutput<typeof NewSourceBodySchema>;

/** PATCH /sources/:id: any of the writable fields, at least one. */
export const PatchSourceBodySchema = v.pipe(
  v.strictObject({
    name: v.optional(NameSchema),
    url: v.optional(SourceUrlSchema),
    kind: v.optional(SourceKindSchema),
    itemSelector: v.optional(SelectorSchema),
    linkSelector: v.optional(SelectorSchema),
    every: v.optional(EverySchema),
    enabled: v.optional(v.boolean()),
  }),
  v.check((body) => Object.keys(body).length > 0, 'must set at least one field'),
);
export type PatchSourceBody = v.InferOutput<typeof PatchSourceBodySchema>;

export const LastRunSchema = v.object({
  at: v.string(),
  status: v.picklist(['ok', 'error', 'running']),
  httpStatus: v.nullable(v.number()),
  found: v.number(),
  added: v.number(),
  changed: v.number(),
  error: v.nullable(v.string()),
  errorCode: v.optional(v.nullable(v.string())),
  durationMs: v.optional(v.nullable(v.number())),
});
export type LastRun = v.InferOutput<typeof LastRunSchema>;

export const SourceSchema = v.object({
  id: v.string(),
  name: v.string(),
  url: v.string(),
  kind: SourceKindSchema,
  itemSelector: v.optional(v.string()),
  linkSelector: v.optional(v.string()),
  every: v.string(),
  preset: v.nullable(v.string()),
  enabled: v.boolean(),
  nextRunAt: v.string(),
  failures: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  lastRun: v.nullable(LastRunSchema),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const SourceListSchema = v.object({ sources: v.array(SourceSchema) });

export const SourceRunSchema = v.object({
  id: v.string(),
  trigger: v.string(),
  at: v.string(),
  finishedAt: v.nullable(v.string()),
  durationMs: v.nullable(v.number()),
  status: v.picklist(['ok', 'error', 'running']),
  httpStatus: v.nullable(v.number()),
  found: v.number(),
  added: v.number(),
  changed: v.number(),
  errorCode: v.nullable(v.string()),
  error: v.nullable(v.string()),
});
export type SourceRun = v.InferOutput<typeof SourceRunSchema>;
export const SourceRunListSchema = v.object({ runs: v.array(SourceRunSchema) });

export const PresetSchema = v.object({
  id: v.string(),
  name: v.string(),
  organizer: v.string(),
  url: v.string(),
  kind: SourceKindSchema,
  itemSelector: v.optional(v.string()),
  linkSelector: v.optional(v.string()),
  every: v.string(),
  description: v.string(),
});
export const PresetListSchema = v.object({ presets: v.array(PresetSchema) });

export const SourceIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid('must be a UUID'), v.toLowerCase()) });
