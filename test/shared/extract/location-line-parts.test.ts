/**
 * Location candidates read from an entry's own lines (location-candidates.ts): a colon parts a date or a venue from
 * the town ("8–9 November: Vienna, Austria", "Laurieton Library: 16 April"), the name before a venue's noun, towns
 * with hyphenated or slashed names after "in" ("in Idar-Oberstein", "in Frankfurt/Main"). The candidates only: the
 * learned choice weighs them.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationTrace } from '../../../shared/extract/location-choice.ts';
import { page } from './helpers.ts';

const NOW = '2026-03-01';
function candidates(body: string, lang = 'de'): Map<string | null, string[]> {
  const traces: LocationTrace[] = [];
  extract({ view: cheerioView(page(`<main>${body}</main>`, { lang })), url: 'https://example.org/page', now: new Date(`${NOW}T12:00:00Z`), locationModel: null, traceLocations: (t) => traces.push(t) });
  return new Map(traces.flatMap((t) => t.candidates.map((c) => [c.value, c.features] as const)));
}

describe('location candidates from the entry\'s lines', () => {
  it('reads the town after a date and a colon, beside its country', () => {
    const c = candidates('<h1>Workshop für Antragsteller</h1><p>Wir laden zu einem Workshop ein.</p><p>12. Mai 2026: Wien, Österreich</p>');
    expect(c.get('Wien')).toEqual(expect.arrayContaining(['src:comma-part:mid']));
  });

  it("reads the name before a venue's noun", () => {
    const c = candidates('<h1>Grant writing workshop</h1><p>Join our grant writing workshop on 12 May 2026.</p><p>Laurieton Library: 12 May 2026, 11am</p>', 'en');
    expect(c.get('Laurieton')).toEqual(expect.arrayContaining(['src:venue-head']));
  });

  it('reads hyphenated and slashed towns after "in"', () => {
    const c = candidates('<h1>Workshop Energiemanagement</h1><p>Der Workshop findet am 12. Mai 2026 in Idar-Oberstein statt, eine Wiederholung am 14. Mai 2026 in Frankfurt/Main.</p>');
    expect([...c.keys()]).toEqual(expect.arrayContaining(['Idar-Oberstein', 'Frankfurt/Main']));
  });
});
