/**
 * The watched-sources API's request bodies and parameters (DESIGN.md "Sources and scraping"), checked with the
 * service's HTML parser and interval reader. The answers are the shared contract: shared/api/sources.ts.
 */
import * as cheerio from '../extract/lazy-cheerio.ts';
import * as v from 'valibot';
import { LIMITS } from '../../shared/schema.ts';
import { PlainTextSchema } from '../../shared/text.ts';
import { SourceKindSchema } from '../../shared/api/sources.ts';
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

export const SourceIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid('must be a UUID'), v.toLowerCase()) });
