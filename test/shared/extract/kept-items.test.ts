/**
 * Which items are kept (kept-items.ts): one learned decision over every item the extractor makes, after the merges.
 * Hand-set models here, so the tests assert the mechanism (every item offered with where it came from, the threshold,
 * features that read the item's shape) and not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
import { keptFeatures, keptPage } from '../../../shared/extract/features/kept-items.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { KeptCandidate, KeptItemModel } from '../../../shared/extract/kept-items.ts';
import { draftOf, page } from './helpers.ts';

const model = (weights: Record<string, number[]>, threshold = 0.5): KeptItemModel => ({ threshold, model: { classes: ['drop', 'keep'], bias: [0, 1], weights } });

const read = (html: string, keptItems: KeptItemModel | null, trace?: (c: KeptCandidate) => void) =>
  extract({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date('2027-03-01T12:00:00Z'), keptItems, traceKept: trace }).items;

// a page of two dated entries in a list
const listing = page(`<main><h1>Veranstaltungen</h1>
  <h2>Workshop Bürgerbeteiligung</h2><p>Am 12. Mai 2027 von 10 bis 16 Uhr im Rathaus.</p>
  <h2>Fachtag Klimaanpassung</h2><p>Am 20. Juni 2027 ab 9 Uhr im Bürgerhaus.</p></main>`);

describe('which items are kept', () => {
  it('offers every item with where it came from, and keeps every item without a decision', () => {
    const seen: KeptCandidate[] = [];
    const items = read(listing, null, (c) => seen.push(c));
    expect(items.length).toBe(2);
    expect(seen.map((c) => c.title)).toEqual(items.map((i) => i.title));
    for (const c of seen) expect(c.features).toContain('src:section');
    expect(seen.every((c) => c.p === undefined)).toBe(true);
  });

  it('drops the items the decision reads below its threshold, and keeps the others', () => {
    expect(read(listing, model({ 'src:section': [3, 0] }))).toEqual([]);
    expect(read(listing, model({ 'src:section': [3, 0] }, 0.01)).length).toBe(2);
    expect(read(listing, model({})).length).toBe(2);
  });

  it('reads the title of a fragment, a periodical and a date that is over', () => {
    const f = (d: Parameters<typeof draftOf>[2] & { title?: string }, source: 'page' | 'line' = 'page') =>
      keptFeatures({ draft: draftOf('event', d.title ?? 'Fachtag', d), origin: { source }, today: '2027-03-01', items: 3, entries: 2, cues: cuesFor('de') });
    expect(f({ title: 'und wurde im Rathaus vorgestellt.' })).toEqual(expect.arrayContaining(['title:lower-first', 'title:full-stop', 'title:past-tense']));
    expect(f({ title: 'Newsletter 04/2027' })).toContain('title:periodical-issue');
    expect(f({ start: '2027-01-10' })).toContain('all-past&src:page');
    expect(f({ start: '2027-05-10' })).not.toContain('all-past&src:page');
    expect(f({})).toEqual(expect.arrayContaining(['no-date&src:page', 'page-beside:<4']));
    expect(f({}, 'line')).not.toContain('page-beside:<4');
  });

  it('reads what an item shares with the other items of its page: a twin, a day, a like neighbour, a kind fewer items have', () => {
    const page = keptPage([
      draftOf('call', 'Förderaufruf Dorfentwicklung Runde 1', { deadline: '2027-04-01' }),
      draftOf('call', 'Förderaufruf Dorfentwicklung Herbstrunde', { deadline: '2027-09-01' }),
      draftOf('event', 'Sommerfest im Park', { start: '2027-04-01' }),
      draftOf('call', 'Förderaufruf Dorfentwicklung Runde 1'),
    ]);
    expect(page.map((p) => p.twin)).toEqual(['after', undefined, undefined, 'before']);
    expect(page.map((p) => p.likeNeighbour)).toEqual([true, true, false, false]);
    expect(page.map((p) => p.sameDay)).toEqual([true, false, true, false]);
    expect(page.map((p) => p.minorityKind)).toEqual([false, false, true, false]);
  });
});
