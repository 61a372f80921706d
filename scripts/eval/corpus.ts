/**
 * Reads the labelled corpus: every folder under test/fixtures/corpus/ is a batch of NAME.json cases, each beside its
 * document NAME.html, NAME.pdf or NAME.eml (the format of the corpus README). The labels are validated at this
 * boundary; a document is read as `callwatch extract` reads a file (service/cli/document.ts: a page decoded in its
 * charset, a PDF through the service's PDF reading, a newsletter through the mail poll's parsing), so the in-process
 * run sees the same text as the referee's CLI run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as v from 'valibot';
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { decodeHtml } from '../../service/net/charset.ts';
import { DOCUMENT_EXTENSIONS, readDocument, type DocumentKind } from '../../service/cli/document.ts';

/** test/fixtures/corpus/ */
export const CORPUS_ROOT = resolve(import.meta.dirname, '../../test/fixtures/corpus');

/** A document larger than this is a mistake in the corpus, not a case. */
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

type Label = v.InferOutput<typeof LabelSchema>;

/** The case names of a folder with a document of this kind beside their NAME.json, in name order. */
function namesOf(dir: string, kind: DocumentKind): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && existsSync(join(dir, `${f.slice(0, -5)}${DOCUMENT_EXTENSIONS[kind]}`)))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A case's labels, validated, and its document's bytes (bounded). */
function readCase(where: string, kind: DocumentKind): { label: Label; bytes: Uint8Array } {
  const parsed = v.safeParse(LabelSchema, JSON.parse(readFileSync(`${where}.json`, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`${where}.json: ${v.getDotPath(issue) ?? 'label'}: ${issue.message}`);
  }
  const file = `${where}${DOCUMENT_EXTENSIONS[kind]}`;
  const size = statSync(file).size;
  if (size > MAX_PAGE_BYTES) throw new Error(`${file}: ${size} bytes, more than ${MAX_PAGE_BYTES}`);
  return { label: parsed.output, bytes: new Uint8Array(readFileSync(file)) };
}

function labelledCase(batch: string, name: string, label: Label, html: string, organizerHint: string | null = null): LabelledCase {
  return {
    batch,
    name,
    html,
    url: label.url,
    now: label.now,
    ...(label.site ? { site: label.site } : {}),
    ...(organizerHint ? { organizerHint } : {}),
    items: label.items,
  };
}

/** The web-page cases of one batch folder (NAME.json with NAME.html beside it), in name order; loadBatch reads them all. */
export function readBatch(dir: string): LabelledCase[] {
  const batch = basename(resolve(dir));
  return namesOf(dir, 'html').map((name) => {
    const { label, bytes } = readCase(join(dir, name), 'html');
    return labelledCase(batch, name, label, decodeHtml(bytes).html);
  });
}

/**
 * Every case of one batch folder, in name order: the web pages, the PDFs (NAME.pdf, read as the service reads a PDF)
 * and the newsletters (NAME.eml, parsed as the mail poll parses a message: its body is the page, its sender the
 * organizer hint; attached PDFs are not part of a case).
 */
export async function loadBatch(dir: string): Promise<LabelledCase[]> {
  const batch = basename(resolve(dir));
  const cases = readBatch(dir);
  for (const kind of ['pdf', 'eml'] as const) {
    for (const name of namesOf(dir, kind)) {
      const where = join(dir, name);
      const { label, bytes } = readCase(where, kind);
      const document = await readDocument(bytes, kind).catch((error: unknown) => {
        throw new Error(`${where}${DOCUMENT_EXTENSIONS[kind]}: ${error instanceof Error ? error.message : String(error)}`);
      });
      cases.push(labelledCase(batch, name, label, document.html, document.organizerHint));
    }
  }
  return cases.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every labelled case of every batch folder (web pages, PDFs and newsletters). */
export async function readCorpus(root = CORPUS_ROOT): Promise<LabelledCase[]> {
  const all: LabelledCase[] = [];
  for (const b of batches(root)) all.push(...(await loadBatch(join(root, b))));
  return all;
}
