/**
 * The watched-sources API's answers (GET/POST/PATCH /api/v1/sources, runs, /api/v1/source-presets; DESIGN.md "Sources
 * and scraping"): `{ id, name, url, kind, itemSelector?, linkSelector?, every }` and its `lastRun: { at, status,
 * httpStatus, found, added, changed, error }`. Additive fields: `preset`, `enabled`, `nextRunAt`, `failures`,
 * `createdAt`, `updatedAt`, and `lastRun.errorCode`, `lastRun.durationMs`. The service documents with these and the
 * extension parses the answers with them. The request bodies stay in service/sources/schema.ts: checking a selector
 * needs the service's HTML parser.
 */
import * as v from 'valibot';

/** The kinds of watched source the service reads (one reader each: service/scrape/readers). */
export const SourceKindSchema = v.picklist(['page', 'listing', 'rss', 'ics']);
export const SOURCE_KINDS = SourceKindSchema.options;

export const RunStatusSchema = v.picklist(['ok', 'error', 'running']);

/** How a source's latest scrape went; `status` is "running" until it ends. */
export const LastRunSchema = v.object({
  at: v.string(),
  status: RunStatusSchema,
  httpStatus: v.nullable(v.number()),
  found: v.number(),
  added: v.number(),
  changed: v.number(),
  error: v.nullable(v.string()),
  errorCode: v.optional(v.nullable(v.string())),
  durationMs: v.optional(v.nullable(v.number())),
});

export const SourceSchema = v.object({
  id: v.string(),
  name: v.string(),
  url: v.string(),
  kind: SourceKindSchema,
  /** CSS selector of the blocks read as one call each (page, listing) */
  itemSelector: v.optional(v.string()),
  /** CSS selector of the links a listing follows */
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

export const SourceListSchema = v.object({ sources: v.array(SourceSchema) });

/** One run of a source, newest first in a list; a 304 is status "ok" with httpStatus 304. */
export const SourceRunSchema = v.object({
  id: v.string(),
  /** what started it: "schedule", "manual", … */
  trigger: v.string(),
  at: v.string(),
  finishedAt: v.nullable(v.string()),
  durationMs: v.nullable(v.number()),
  status: RunStatusSchema,
  httpStatus: v.nullable(v.number()),
  found: v.number(),
  added: v.number(),
  changed: v.number(),
  errorCode: v.nullable(v.string()),
  error: v.nullable(v.string()),
});
export const SourceRunListSchema = v.object({ runs: v.array(SourceRunSchema) });

/** A built-in source a team can add. */
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

export type SourceKind = v.InferOutput<typeof SourceKindSchema>;
export type LastRun = v.InferOutput<typeof LastRunSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceRun = v.InferOutput<typeof SourceRunSchema>;
export type Preset = v.InferOutput<typeof PresetSchema>;
