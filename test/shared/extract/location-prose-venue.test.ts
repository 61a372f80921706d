/**
 * Location candidates from running text (location-venue-towns.ts, location-prose-towns.ts): the town a venue names
 * ("in der Stadthalle Musterstadt", "at the Sampleton Village Hall"), a town after "in" followed by a verb's particle
 * or a slash, and the goal after "nach". They are candidates only: the learned choice weighs them (a hand-set model
 * here), the cascade alone does not read them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationClass } from '../../../shared/extract/features/location.ts';
import { proseTowns } from '../../../shared/extract/location-prose-towns.ts';
import { venueTowns } from '../../../shared/extract/location-venue-towns.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';

const NOW = '2026-03-01';
const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine</title></head><body><main>${body}</main></body></html>`;
const locations = (body: string, locationModel: LogisticModel<LocationClass> | null) =>
  extract({ view: cheerioView(page(body)), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), locationModel }).items.map((i) => i.location);

describe('location candidates: towns a venue names', () => {
  it("reads the town after a building's noun, after 'zu' and after 'der Stadt'", () => {
    expect(venueTowns('am 20. April in der Stadthalle Musterstadt.')).toEqual([{ value: 'Musterstadt', source: 'venue-town' }]);
    expect(venueTowns('lädt in das Schützenhaus Beispielheim ein')).toEqual([{ value: 'Beispielheim', source: 'venue-town' }]);
    expect(venueTowns('im Kloster Talheim. Eingeladen sind alle')).toEqual([{ value: 'Talheim', source: 'venue-town' }]);
    expect(venueTowns('Ort: Kreuzgang am Dom zu Altburg')).toEqual([{ value: 'Altburg', source: 'venue-town:zu' }]);
    expect(venueTowns('im Sitzungssaal des Rathauses der Stadt Seedorf bei einem Frühstück')).toEqual([{ value: 'Seedorf', source: 'venue-town:municipality' }]);
    expect(venueTowns('im Landratsamt Bad Beispielbrunn um 18 Uhr')).toEqual([{ value: 'Bad Beispielbrunn', source: 'venue-town' }]);
  });

  it("reads an English venue's head in a sentence", () => {
    expect(venueTowns('The workshop takes place at Sampleton Village Hall, running from 2pm.')).toContainEqual({ value: 'Sampleton', source: 'venue-town:en' });
    expect(venueTowns('It will be held at the Exampleford Convention Centre.')).toContainEqual({ value: 'Exampleford', source: 'venue-town:en' });
  });

  it('reads nothing where no venue names a town', () => {
    expect(venueTowns('Die Anmeldung ist bis zum 3. März möglich.')).toEqual([]);
    expect(venueTowns('im Rathaus (Sitzungssaal)')).toEqual([]);
  });
});

describe('location candidates: towns after "in" and "nach" in running text', () => {
  it("reads 'in <Town>' before a lower-case word or a slash, and 'nach <Town>'", () => {
    expect(proseTowns('lädt am 11. Juli ins Palais in Musterstadt ein.')).toEqual([{ value: 'Musterstadt', source: 'in-town:open' }]);
    expect(proseTowns('Treffen am 25.03. in Kleindorf / Spreeland')).toEqual([{ value: 'Kleindorf', source: 'in-town:slash' }]);
    expect(proseTowns('Im Sommer fahren wir mit euch nach Beispielstadt und feiern.')).toEqual([{ value: 'Beispielstadt', source: 'nach-town' }]);
    expect(proseTowns('Die Tagung findet in Bad Musterbrunn unter dem Titel „Wandel“ statt.')).toEqual([{ value: 'Bad Musterbrunn', source: 'in-town:open' }]);
  });

  it('leaves phrases and abstract nouns', () => {
    expect(proseTowns('in Kooperation mit dem Verein')).toEqual([]);
    expect(proseTowns('in Höhe von 500 Euro')).toEqual([]);
    // the strict "in <Town>" (location-candidates.ts) reads these: the open one leaves them
    expect(proseTowns('Das Treffen findet in Musterstadt statt, in Beispielheim und online.')).toEqual([]);
    expect(proseTowns('Wir arbeiten in Projekten zusammen.')).toEqual([{ value: 'Projekten', source: 'in-town:open' }]);
  });

  it('offers them to the learned choice, which a model that weighs them takes; the cascade alone does not', () => {
    const body = '<h1>Fachtag Dorfentwicklung</h1><p>Am 12. Mai 2026 um 10 Uhr lädt der Verein in der Stadthalle Musterstadt zum Fachtag ein. Eintritt frei.</p>';
    const model: LogisticModel<LocationClass> = { classes: ['other', 'place'], bias: [0, 0], weights: { 'src:venue-town': [0, 3] } };
    expect(locations(body, model)).toEqual(['Musterstadt']);
    expect(locations(body, null)).toEqual([null]);
  });
});
