/**
 * The labelled corpora under test/fixtures/corpus/ as contract tests — dev (a copy of ../shared/corpus/dev) and every
 * other folder beside it (extra: cases written to check that the extractor generalises). Every case runs through both
 * page-view adapters — Cheerio (service, CLI) and the DOM adapter over linkedom (stand-in for the content script) —
 * which must agree exactly, and the items must match the labels as the corpus README scores them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domView } from '../../../extension/lib/dom-view.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';
import { overlap, pair, sameLocation, when, type Label } from './corpus-match.ts';

/** test/fixtures/corpus/: every folder in it is a corpus of NAME.html + NAME.json cases */
const ROOT = path.dirname(path.resolve(CORPUS_DIR));

interface Case {
  url: string;
  now: string;
  items: Label[];
}

function corpora(): string[] {
  return readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

function cases(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`the extraction corpus is missing: expected it at ${dir} (copy ../shared/corpus/dev there)`);
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  if (!names.length) throw new Error(`no cases in ${dir}`);
  return names;
}

const run = (view: Parameters<typeof extract>[0]['view'], c: Case) => extract({ view, url: c.url, now: new Date(`${c.now}T12:00:00Z`), selection: undefined });

describe('extraction corpora', () => {
  it('has the dev corpus and the extra cases beside it', () => {
    expect(corpora()).toEqual(expect.arrayContaining(['dev', 'extra']));
    expect(cases(path.resolve(CORPUS_DIR)).length).toBeGreaterThanOrEqual(20);
    expect(cases(path.join(ROOT, 'extra')).length).toBeGreaterThanOrEqual(12);
  });
});

for (const corpus of existsSync(ROOT) ? corpora() : []) {
  const dir = path.join(ROOT, corpus);
  describe(`extraction corpus (${corpus})`, () => {
    for (const name of cases(dir)) {
      describe(name, () => {
        const html = readFileSync(path.join(dir, `${name}.html`), 'utf8');
        const label = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Case;
        const viaCheerio = run(cheerioView(html), label);
        const viaDom = run(domView(parseHTML(html).document as unknown as Document), label);
        // the page's visible words, to tell a label the page supports from one it does not; an image's alt text is the
        // words of a picture the reader sees (a logo that shows the site's name)
        const altTexts = [...html.matchAll(/<img\b[^>]*\balt="([^"]*)"/gi)].map((m) => m[1]).join(' ');
        const pageText = `${html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')} ${altTexts}`;

        it('gives the same result through the Cheerio and the DOM adapter', () => {
          expect(viaDom.items).toEqual(viaCheerio.items);
        });

        it('finds exactly the labelled items', () => {
          const got = viaCheerio.items.map((d) => ({ ...d, deadlines: d.deadlines.map(when) }));
          const pairs = pair(label.items, got);
          expect(pairs.filter(([, g]) => !g).map(([w]) => w.title), 'missed items').toEqual([]);
          const matched = new Set(pairs.map(([, g]) => g));
          expect(got.filter((g) => !matched.has(g)).map((g) => g.title), 'false items').toEqual([]);
        });

        label.items.forEach((want, i) => {
          it(`item ${i + 1}: ${want.title.slice(0, 60)}`, () => {
            const got = viaCheerio.items.map((d) => ({ ...d, deadlines: d.deadlines.map(when) as string[] }));
            const match = pair(label.items, got)[i][1];
            expect(match, 'no predicted item for this label').not.toBeNull();
            const g = match!;
            expect(g.kind).toBe(want.kind);
            expect([...g.deadlines].sort()).toEqual([...want.deadlines].sort());
            expect(g.deadline).toBe(want.deadline);
            expect(g.start).toBe(want.start);
            expect(g.end).toBe(want.end);
            expect(sameLocation(want.location, g.location), `location: want ${want.location}, got ${g.location}`).toBe(true);
            expect(overlap(want.title, g.title), `title: want "${want.title}", got "${g.title}"`).toBeGreaterThanOrEqual(0.5);
            // README: organizer is null "when the page does not say" — a null label wants no organizer at all
            if (want.organizer === null) expect(g.organizer ?? null, 'organizer: the page names none').toBeNull();
            else if (overlap(want.organizer, pageText) === 0) {
              // The label names a body the page never mentions (kommunal-at: "Europäische Kommission (EACEA)", the page
              // says only "Exekutivagentur"): the extractor cannot know it, but must not invent one either.
              if (g.organizer) expect(overlap(g.organizer, pageText), `organizer "${g.organizer}" is not on the page`).toBe(1);
            } else expect(overlap(want.organizer, g.organizer), `organizer: want "${want.organizer}", got "${g.organizer}"`).toBeGreaterThanOrEqual(0.5);
          });
        });
      });
    }
  });
}
