/**
 * Reads the labelled corpus: every folder under test/fixtures/corpus/ is a batch of NAME.html + NAME.json cases (the
 * format of the corpus README). The labels are validated at this boundary; a page is decoded as `callwatch extract`
 * decodes a file, so the in-process run sees the same text as the referee's CLI run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as v from 'valibot';
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { decodeHtml } from '../../service/net/charset.ts';

/** test/fixtures/corpus/ */
export const CORPUS_ROOT = resolve(import.meta.dirname, '../../test/fixtures/corpus');

/** A page larger than this is a mistake in the corpus, not a case. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;
const MAX_ITEMS = 500;

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day YYYY-MM-DD'));
const When = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, 'YYYY-MM-DD or YYYY-MM-DDTHH:MM')));
const Text = v.pipe(v.string(), v.maxLength(2000));

const LabelSchema = v.looseObject({
  url: v.pipe(v.string(), v.regex(/^https?:\/\/[^/\s]+/i, 'an http(s) address'), v.maxLength(2000)),
  now: Day,
  site: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))),
  items: v.pipe(
    v.array(
      v.looseObject({
        kind: v.picklist(['call', 'event']),
        title: Text,
        deadline: v.optional(When),
        deadlines: v.pipe(v.array(v.nonNullable(When)), v.maxLength(100)),
        start: v.optional(When),
        end: v.optional(When),
        location: v.optional(v.nullable(Text)),
        organizer: v.optional(v.nullable(Text)),
      }),
    ),
    v.maxLength(MAX_ITEMS),
  ),
});

/** The batch folders, in name order. */
export function batches(root = CORPUS_ROOT): string[] {
  if (!existsSync(root)) throw new Error(`the extraction corpus is missing: expected it at ${root}`);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The cases of one batch folder (NAME.json with NAME.html beside it), in name order. */
export function readBatch(dir: string): LabelledCase[] {
  const batch = basename(resolve(dir));
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && existsSync(join(dir, `${f.slice(0, -5)}.html`)))
    .map((f) => f.slice(0, -5))
    .sort();
  return names.map((name) => {
    const where = join(dir, name);
    const parsed = v.safeParse(LabelSchema, JSON.parse(readFileSync(`${where}.json`, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.issues[0];
      throw new Error(`${where}.json: ${v.getDotPath(issue) ?? 'label'}: ${issue.message}`);
    }
    const bytes = statSync(`${where}.html`).size;
    if (bytes > MAX_PAGE_BYTES) throw new Error(`${where}.html: ${bytes} bytes, more than ${MAX_PAGE_BYTES}`);
    const label = parsed.output;
    return {
      batch,
      name,
      html: decodeHtml(new Uint8Array(readFileSync(`${where}.html`))).html,
      url: label.url,
      now: label.now,
      ...(label.site ? { site: label.site } : {}),
      items: label.items,
    };
  });
}

/** Every labelled case of every batch folder. */
export function readCorpus(root = CORPUS_ROOT): LabelledCase[] {
  return batches(root).flatMap((b) => readBatch(join(root, b)));
}
