/**
 * The towns an item's own title names (location-title.ts) as location candidates: a listing's entry titled by where
 * it is held ("Ulm: …", "… – Trier", "… (Idar-Oberstein)", "Brussels, Belgium", "Edenderry Orange Hall, 8pm"). A
 * hand-set model that weighs such a candidate takes it for an event whose text names no other town; the cascade alone
 * (`locationModel: null`) leaves the place empty.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationClass } from '../../../shared/extract/features/location.ts';
import { titleTowns, venueHead } from '../../../shared/extract/location-title.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';

const NOW = '2026-03-01';
const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine</title></head><body><main>${body}</main></body></html>`;
const titleModel: LogisticModel<LocationClass> = { classes: ['other', 'place'], bias: [0, 0], weights: { 'src:title:lead': [0, 2], 'src:title:part': [0, 2], 'src:title:bracket': [0, 2] } };
const locations = (body: string, locationModel: LogisticModel<LocationClass> | null) =>
  extract({ view: cheerioView(page(body)), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), locationModel }).items.map((i) => i.location);

describe('location candidates: the town the title names', () => {
  it('reads a town at the head before a colon, after a dash or a comma, in closing brackets', () => {
    expect(titleTowns('Ulm: Mobilität neu denken')).toEqual([{ value: 'Ulm', source: 'title:lead' }]);
    expect(titleTowns('Kommunales Energiemanagement (Idar-Oberstein)')).toEqual([{ value: 'Idar-Oberstein', source: 'title:bracket' }]);
    expect(titleTowns('Informationsveranstaltung Mikroprojekte – Burg Reuland')).toEqual([
      { value: 'Informationsveranstaltung Mikroprojekte', source: 'title:first' },
      { value: 'Burg Reuland', source: 'title:part' },
    ]);
    expect(titleTowns('Brussels, Belgium')).toEqual([{ value: 'Brussels', source: 'title:first' }, { value: 'Belgium', source: 'title:part' }]);
    expect(titleTowns('Workshop zum Förderaufruf für Vereine')).toEqual([]);
  });

  it("reads the name before a venue's noun", () => {
    expect(venueHead('Laurieton Library')).toEqual(['Laurieton']);
    expect(venueHead('Edenderry Orange Hall')).toEqual(['Edenderry', 'Edenderry Orange']);
    expect(venueHead('Community Grants information session')).toEqual([]);
    expect(titleTowns('Edenderry Orange Hall, 8pm')).toContainEqual({ value: 'Edenderry', source: 'venue-head' });
  });

  it('offers it to the learned choice, which a model that weighs it takes where the unit names no town', () => {
    const body = '<h1>Ulm: Mobilität neu denken</h1><p>Am 12. Mai 2026 um 19 Uhr diskutieren Fachleute über die lokale Verkehrswende. Eintritt frei.</p>';
    expect(locations(body, null)).toEqual([null]);
    expect(locations(body, titleModel)).toEqual(['Ulm']);
    expect(locations(body.replace('Ulm: ', ''), titleModel)).toEqual([null]);
  });
});
