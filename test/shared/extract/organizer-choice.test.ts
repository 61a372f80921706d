/**
 * The learned organizer choice: every body the cascade's sources name is a candidate ("none" among them), each with
 * binary features (which source, where it stands, its form), and a fitted ranking picks one. Tested with small
 * hand-set models, so the tests say what the choice does, not what the committed weights happen to be.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import type { OrganizerClass } from '../../../shared/extract/model/organizer-class.ts';
import { learnedOrganizer, type OrganizerTrace } from '../../../shared/extract/organizer-choice.ts';
import { page } from './helpers.ts';

const model = (weights: Record<string, number>): LogisticModel<OrganizerClass> => ({
  classes: ['other', 'organizer'],
  bias: [0, 0],
  weights: Object.fromEntries(Object.entries(weights).map(([f, w]) => [f, [0, w]])),
});

function read(html: string, organizerModel: LogisticModel<OrganizerClass> | null, now = '2025-03-01') {
  const traces: OrganizerTrace[] = [];
  const { items } = extract({ view: cheerioView(html), url: 'https://example.org/aufruf', now: new Date(`${now}T12:00:00Z`), calibration: null, organizer: learnedOrganizer(organizerModel, (t) => traces.push(t)) });
  return { items, traces };
}

const call = page(
  `<header><a href="/"><img class="logo" src="l.png" alt="Nachrichtenportal Kreisblatt – zur Startseite"></a></header>
  <main><h1>Förderaufruf Klimapartnerschaften 2025</h1>
  <p>Die Stiftung Nord-Süd-Brücken fördert in Kooperation mit der Landesstelle für Entwicklungszusammenarbeit (LEZ) Projekte von Kommunen. Anträge sind bis zum 30.04.2025 möglich.</p></main>`,
);

describe('organizer candidates and their features', () => {
  it('offers the cascade’s answer, the bodies of the text, the site’s logo, acronyms and none', () => {
    const { traces } = read(call, null);
    const values = traces[0].candidates.map((c) => c.value);
    expect(values[0]).toBeNull();
    expect(values).toEqual(expect.arrayContaining(['Stiftung Nord-Süd-Brücken', 'LEZ', 'Nachrichtenportal Kreisblatt']));
    const of = (v: string | null) => traces[0].candidates.find((c) => c.value === v)!.features;
    expect(of('Stiftung Nord-Süd-Brücken')).toEqual(expect.arrayContaining(['src:body', 'form:body-word', 'sentence:0', 'in-unit']));
    expect(of('LEZ')).toEqual(expect.arrayContaining(['form:acronym', 'src:acronym', 'after-partner']));
    expect(of('Stiftung Nord-Süd-Brücken')).not.toContain('after-partner');
    expect(of('Nachrichtenportal Kreisblatt')).toEqual(expect.arrayContaining(['src:logo', 'host-word', 'owner-like', 'page-count:0']));
    expect(of(null)).toEqual(expect.arrayContaining(['src:none', 'none|unit-bodies:2-3']));
  });

  it('names no site, page or title in a feature', () => {
    const { traces } = read(call, null);
    const features = traces.flatMap((t) => t.candidates.flatMap((c) => c.features));
    expect(features.filter((f) => /stiftung|kreisblatt|lez|klima/i.test(f))).toEqual([]);
  });
});

describe('the learned organizer choice', () => {
  it('keeps the rule cascade’s answer without a model', () => {
    const { items, traces } = read(call, null);
    const rule = traces[0].candidates.find((c) => c.features.includes('src:rule'))!;
    expect(items[0].organizer).toBe(rule.value);
  });

  it('takes the candidate the model scores highest, with its probability as confidence', () => {
    const body = read(call, model({ 'form:body-word': 3 })).items[0];
    expect(body.organizer).toBe('Stiftung Nord-Süd-Brücken');
    expect(read(call, model({ 'host-word': 3 })).items[0].organizer).toBe('Nachrichtenportal Kreisblatt');
    expect(read(call, model({ 'src:none': 5 })).items[0].organizer).toBeNull();
    const sure = read(call, model({ 'form:body-word': 8 })).items[0];
    expect(sure.confidence?.organizer).toBeGreaterThan(body.confidence?.organizer ?? 1);
  });
});
