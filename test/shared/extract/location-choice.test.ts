/**
 * The learned location choice (location-choice.ts, on by default): among the places the unit offers — the cascade's,
 * a town after "in" that no rule reads, each part of a "town, country" line, no place — it takes the town; a country or
 * a federal state is never the location (a guard, whatever the weights). Small hand-made pages; `locationModel: null` is the cascade alone.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationClass } from '../../../shared/extract/features/location.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { page } from './helpers.ts';

const NOW = '2026-03-01';
const locations = (body: string, lang = 'de') =>
  extract({ view: cheerioView(page(body, { lang })), url: 'https://example.org/page', now: new Date(`${NOW}T12:00:00Z`) }).items.map((i) => i.location);

/** A hand-set model that favours a town closing a sentence after "in" (the mechanism, apart from the fitted weights). */
const closingTown: LogisticModel<LocationClass> = { classes: ['other', 'place'], bias: [0, 0], weights: { 'src:in-town:closes': [0, 2] } };
const withModel = (body: string, locationModel: LogisticModel<LocationClass> | null) =>
  extract({ view: cheerioView(page(body)), url: 'https://example.org/page', now: new Date(`${NOW}T12:00:00Z`), locationModel }).items.map((i) => i.location);

describe('location choice: a town no rule reads', () => {
  it('offers the town after "in" that closes a sentence about the event, and a model that weighs it takes it where the cascade has none', () => {
    for (const body of [
      '<main><h1>Workshop Klimaanpassung</h1><p>Am 12. Mai 2026 laden wir zu einem Workshop ein. Er findet im Rathaus in Marburg statt.</p></main>',
      '<main><h1>Regionalkonferenz Süd</h1><p>Die Regionalkonferenz am 12. Mai 2026 richtet sich an Engagierte aus der Region. Wir treffen uns in Marburg.</p></main>',
    ]) {
      expect(withModel(body, null)).toEqual([null]);
      expect(withModel(body, closingTown)).toEqual(['Marburg']);
    }
  });
});

describe('location choice: a country or a state is no town', () => {
  it('never takes the country of a "town, country" entry (the cascade reads the last part)', () => {
    const html = '<main><h1>Applicant seminars</h1><ul><li>12 May 2026 – Applicant seminar, Brussels, Belgium</li><li>19 May 2026 – Applicant seminar, Vienna, Austria</li></ul></main>';
    const got = locations(html, 'en');
    expect(got).toHaveLength(2);
    expect(got).not.toContain('Belgium');
    expect(got).not.toContain('Austria');
  });

  it('gives no place rather than a federal state', () => {
    expect(locations('<main><h1>Vernetzungstreffen</h1><p>Das nächste Vernetzungstreffen der Steuerungsgruppen findet am 12. Mai 2026 in Bayern statt.</p></main>')).toEqual([null]);
  });
});
