/**
 * The learned location choice for the events a line or a sentence tells (line-location.ts: the event lines, the events a
 * unit's sentences announce): the line is the unit whose candidates — its own, its heading's, the page's — the choice
 * ranks, the rule's answer the cascade's. Shown with hand-set models; without a model the rule's answer stands.
 */
import { describe, expect, it } from 'vitest';
import type { LocationClass } from '../../../shared/extract/features/location.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { linePlace } from '../../../shared/extract/line-location.ts';
import type { LocationTrace } from '../../../shared/extract/location-choice.ts';
import type { LogisticModel } from '../../../shared/extract/model/logistic.ts';
import { buildSections } from '../../../shared/extract/sections.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { page } from './helpers.ts';

const NOW = '2026-03-01';
const weighs = (...features: string[]): LogisticModel<LocationClass> => ({ classes: ['other', 'place'], bias: [0, 0], weights: Object.fromEntries(features.map((f) => [f, [0, 3]])) });

describe('location choice: the events a line tells', () => {
  const html = page('<main><h1>Programm im Herbst</h1><p>Die Vortragsreihe der Volkshochschule findet wieder in Musterstadt statt.</p><p>Dienstag, 17. März 2026: Vortrag über die Geschichte der Stadt, in Beispielheim</p></main>');
  const read = () => {
    const p = readPage({ view: cheerioView(html), url: 'https://example.org/programm', now: new Date(`${NOW}T12:00:00Z`) });
    const root = buildSections(p.blocks, () => false);
    const fact = p.facts.dates.find((f) => f.block.text.startsWith('Dienstag'))!;
    return { p, root, fact, text: fact.block.text };
  };

  it("keeps the rule's answer without a model", () => {
    const { p, root, fact, text } = read();
    expect(linePlace({ fact, text, title: 'Vortrag', rule: 'Beispielheim' }, { root, blocks: p.blocks, cues: p.cues, meta: p.meta })).toBe('Beispielheim');
    expect(linePlace({ fact, text, title: 'Vortrag', rule: null }, { root, blocks: p.blocks, cues: p.cues, meta: p.meta })).toBeNull();
  });

  it("ranks the line's own and the page's candidates with the model, and marks its trace as a line's", () => {
    const { p, root, fact, text } = read();
    const traces: LocationTrace[] = [];
    const ctx = { root, blocks: p.blocks, cues: p.cues, meta: p.meta, traceLocations: (t: LocationTrace) => traces.push(t) };
    // a town the page names for all its entries (outside the line), and a town the line itself names after "in"
    expect(linePlace({ fact, text, title: 'Vortrag', rule: null }, { ...ctx, locationModel: weighs('at:outside') })).toBe('Musterstadt');
    expect(linePlace({ fact, text, title: 'Vortrag', rule: null }, { ...ctx, locationModel: weighs('src:in-town') })).toBe('Beispielheim');
    expect(traces.map((t) => t.line)).toEqual([true, true]);
    expect(traces[0].candidates.map((c) => c.value)).toEqual(expect.arrayContaining(['Musterstadt', 'Beispielheim', null]));
  });

  it("gives every candidate the line's own online words as a feature, so the ranking reads them (not only the rule)", () => {
    const online = page('<main><h1>Termine</h1><p>Die Beratung der Volkshochschule findet in Musterstadt statt.</p><p>Donnerstag, 19. März 2026: Infoveranstaltung zum Förderprogramm, online per Videokonferenz</p><p>Dienstag, 24. März 2026: Vortrag über die Geschichte der Stadt</p></main>');
    const p = readPage({ view: cheerioView(online), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`) });
    const root = buildSections(p.blocks, () => false);
    const traces: LocationTrace[] = [];
    const ctx = { root, blocks: p.blocks, cues: p.cues, meta: p.meta, traceLocations: (t: LocationTrace) => traces.push(t) };
    const said = p.facts.dates.find((f) => f.block.text.startsWith('Donnerstag'))!;
    const plain = p.facts.dates.find((f) => f.block.text.startsWith('Dienstag'))!;
    // the line's own online words: "online" ranked first by its feature, whatever the rule answered
    expect(linePlace({ fact: said, text: said.block.text, title: 'Infoveranstaltung', rule: null }, { ...ctx, locationModel: weighs('online:says-online') })).toBe('online');
    const [saidTrace] = traces;
    expect(saidTrace.candidates.find((c) => c.value === null)!.features).toContain('none:says-online');
    expect(saidTrace.candidates.find((c) => c.value === 'Musterstadt')!.features).toContain('says-online');
    // a line without online words: no candidate carries it
    linePlace({ fact: plain, text: plain.block.text, title: 'Vortrag', rule: null }, ctx);
    expect(traces[1].candidates.flatMap((c) => c.features).filter((f) => f.includes('says-online'))).toEqual([]);
  });
});
