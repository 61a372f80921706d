/**
 * The location model's candidates, features and training (location-candidates.ts, features/location.ts,
 * scripts/train/location.ts) on small hand-made pages: the candidates carry where they come from and no feature names a
 * town; a labelled page gives the referee's right candidate the label; the fit is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { fitLocationSamples, locationSamplesOf } from '../../../scripts/train/location.ts';
import type { LabelledCase } from '../../../shared/eval/cross-validate.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { LocationTrace } from '../../../shared/extract/location-choice.ts';
import { page } from './helpers.ts';

const NOW = '2026-03-01';
const HTML = page('<main><h1>Workshop Klimaanpassung</h1><p>Am 12. Mai 2026 laden wir zu einem Workshop ein. Er findet im Rathaus in Marburg statt.</p><p>Zoom-Link für Gäste folgt.</p></main>');

function traced(html: string): LocationTrace[] {
  const traces: LocationTrace[] = [];
  extract({ view: cheerioView(html), url: 'https://example.org/page', now: new Date(`${NOW}T12:00:00Z`), locationModel: null, traceLocations: (t) => traces.push(t) });
  return traces;
}

describe('location candidates', () => {
  it('offers the town after "in", "online" and no place, with where they come from, and the cascade\'s answer marked', () => {
    const [trace] = traced(HTML);
    const town = trace.candidates.find((c) => c.value === 'Marburg');
    expect(town?.features).toEqual(expect.arrayContaining(['src:in-town', 'src:in-town:closes', 'date:same']));
    expect(trace.candidates.find((c) => c.value === 'online')?.features).toContain('src:online-unit');
    // the cascade reads the online cue: its answer is "online", and no place is a candidate of its own
    expect(trace.chosen).toBe('online');
    expect(trace.candidates.find((c) => c.value === 'online')?.features).toContain('src:rule');
    expect(trace.candidates.find((c) => c.value === null)?.features).toContain('src:none');
    // no feature names the town or a word of the page
    for (const c of trace.candidates) expect(c.features.some((f) => /marburg|klima|rathaus|zoom/i.test(f))).toBe(false);
  });
});

describe('the cascade finding no place', () => {
  it('is a feature of its own (none:rule), not the margin the cascade\'s town weighs (src:rule)', () => {
    const [trace] = traced(page('<main><h1>Workshop Klimaanpassung</h1><p>Am 12. Mai 2026 laden wir zu einem Workshop ein. Thema ist die Anpassung an Hitze in Politik und Verwaltung.</p></main>'));
    const none = trace.candidates.find((c) => c.value === null);
    expect(none?.features).toContain('none:rule');
    expect(none?.features).not.toContain('src:rule');
  });
});

describe('location training', () => {
  const labelled = (location: string | null): LabelledCase => ({
    batch: 'test',
    name: `case-${location}`,
    html: HTML,
    url: 'https://example.org/page',
    now: NOW,
    items: [{ kind: 'event', title: 'Workshop Klimaanpassung', url: 'https://example.org/page', deadlines: [], deadline: null, start: '2026-05-12', end: null, location, organizer: null }],
  });

  it('labels the candidate the referee counts right, and only it', () => {
    const samples = locationSamplesOf(labelled('Marburg'));
    expect(samples.filter((s) => s.label === 1).map((s) => s.value)).toEqual(['Marburg']);
    expect(locationSamplesOf(labelled(null)).filter((s) => s.label === 1).map((s) => s.value)).toEqual([null]);
  });

  it('fits the same weights from the same samples', () => {
    const samples = [labelled('Marburg'), labelled('Marburg'), labelled('Marburg'), labelled(null)].flatMap((c, i) => locationSamplesOf({ ...c, name: `${c.name}-${i}` }));
    expect(fitLocationSamples(samples)).toEqual(fitLocationSamples(samples));
    const model = fitLocationSamples(samples);
    expect(model.classes).toEqual(['other', 'place']);
    expect(Object.keys(model.weights).length).toBeGreaterThan(0);
  });
});
