/** Small helpers for the extraction unit tests: a page from a body fragment, run through the Cheerio adapter. */
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { Draft, ExtractResult } from '../../../shared/extract/types.ts';

/** A complete document around a body fragment. */
export function page(body: string, { lang = 'de', head = '' }: { lang?: string; head?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;
}

/** Extracts from HTML on a given day. */
export function run(html: string, now = '2024-03-01', url = 'https://example.org/page'): ExtractResult {
  return extract({ view: cheerioView(html), url, now: new Date(`${now}T12:00:00Z`) });
}

/** Each item's kind, title, start, end, location and organizer, extracted from HTML on a given day. */
export function fields(html: string, now: string, url?: string) {
  return run(html, now, url).items.map((i) => [i.kind, i.title, i.start, i.end, i.location, i.organizer]);
}

/** Deadline values as the corpus writes them. */
export function deadlineValues(result: ExtractResult, i = 0): string[] {
  return result.items[i].deadlines.map((d) => (d.time ? `${d.date}T${d.time}` : d.date));
}

/** Every text of up to `max` pieces of the alphabet, shortest first (exhaustive checks of text functions). */
export function* textsOf(pieces: string[], max: number): Generator<string> {
  let level = [''];
  yield '';
  for (let n = 1; n <= max; n++) {
    level = level.flatMap((prefix) => pieces.map((p) => prefix + p));
    yield* level;
  }
}

/** A bare draft for tests of the steps after assembly (duplicates, stages, parts of a page). */
export function draftOf(kind: Draft['kind'], title: string, extra: Partial<Draft> = {}): Draft {
  return { kind, title, url: 'https://example.org/', summary: '', organizer: null, location: null, deadlines: [], deadline: null, start: null, end: null, programme: null, amount: null, confidence: {}, evidence: [], ...extra };
}
