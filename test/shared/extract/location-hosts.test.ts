/**
 * The towns a page's own name gives (location-hosts.ts) as location candidates: a municipality, its Volkshochschule, a
 * library or a council names its town in the page's <title> or site name. A
 * hand-set model that weighs such a candidate takes it for an event whose text names no town; the cascade alone
 * (`locationModel: null`) leaves the place empty.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationClass } from '../../../shared/extract/features/location.ts';
import { hostTowns } from '../../../shared/extract/location-hosts.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';

const NOW = '2026-03-01';
const html = (title: string, body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const hostModel: LogisticModel<LocationClass> = { classes: ['other', 'place'], bias: [0, 0], weights: { 'src:host:before': [0, 2], 'src:host:after': [0, 2] } };
const locations = (title: string, body: string, locationModel: LogisticModel<LocationClass> | null) =>
  extract({ view: cheerioView(html(title, body)), url: 'https://example.org/page', now: new Date(`${NOW}T12:00:00Z`), locationModel }).items.map((i) => i.location);

describe("location candidates: the town of the page's host", () => {
  it('reads the town after a host noun and before a library or council noun', () => {
    expect(hostTowns(['Europa im Mittelpunkt - Stadt Herrenberg'])).toEqual([{ value: 'Herrenberg', source: 'host:before' }]);
    expect(hostTowns(['Perspektive Europa – Kreisvolkshochschule Groß-Gerau'])).toEqual([{ value: 'Groß-Gerau', source: 'host:before' }]);
    expect(hostTowns(['Faire Woche 2017 – Weltladen Bad Waldsee'])).toEqual([{ value: 'Bad Waldsee', source: 'host:before' }]);
    expect(hostTowns(['Event List | Dallas Public Library'])).toEqual([{ value: 'Dallas', source: 'host:after' }]);
    expect(hostTowns([null, 'Residents invited - Townsville City Council'])).toEqual([{ value: 'Townsville', source: 'host:after' }]);
    expect(hostTowns(['Förderprogramme – Landesstiftung für Kultur', 'Aktuelles', 'Erlangen: Herbst beschert Jubiläen'])).toEqual([]);
  });

  it('offers it to the learned choice, which a model that weighs it takes where the unit names no town', () => {
    const body = '<main><h1>Vortrag „Europa begegnen“</h1><p>Am 12. Mai 2026 um 19 Uhr spricht die Referentin über Europa. Eintritt frei.</p></main>';
    expect(locations('Europa im Mittelpunkt - Stadt Herrenberg', body, null)).toEqual([null]);
    expect(locations('Europa im Mittelpunkt - Stadt Herrenberg', body, hostModel)).toEqual(['Herrenberg']);
    expect(locations('Europa im Mittelpunkt', body, hostModel)).toEqual([null]);
  });

  it('never takes the town of the page\'s host for an event its unit calls online, whatever the model scores', () => {
    const body = '<main><h1>Online-Vortrag: Europa begegnen</h1><p>Am 12. Mai 2026 um 19 Uhr spricht die Referentin per Zoom über Europa.</p></main>';
    const eager: LogisticModel<LocationClass> = { ...hostModel, weights: { ...hostModel.weights, 'src:host:before': [0, 6], online: [0, 1] } };
    expect(locations('Europa im Mittelpunkt - Stadt Herrenberg', body, eager)).toEqual(['online']);
  });
});
