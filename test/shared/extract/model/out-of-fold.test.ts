import { describe, expect, it } from 'vitest';
import type { LabelledCase } from '../../../../shared/eval/cross-validate.ts';
import { assignFolds, siteOf } from '../../../../shared/eval/folds.ts';
import type { UnitModel } from '../../../../shared/extract/model/units.ts';
import type { GroupedSample } from '../../../../scripts/train/fit-trees.ts';
import { fitUnits, INNER_FOLDS, outOfFoldUnits } from '../../../../scripts/train/out-of-fold.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';
const listing = (entries: string[]) =>
  page(`<main><h1>Termine</h1><p>Unsere nächsten Termine im Überblick.</p><h2>Frühjahr</h2><ul>${entries.map((e) => `<li>${e}</li>`).join('')}</ul>
  <h2>Kontakt</h2><p>Servicestelle, Telefon 0228 123456</p></main>`);

// a tiny corpus of two sites (in different folds of the evaluation's grouping), two pages on the first
const CASES: LabelledCase[] = [
  {
    batch: 't', name: 'a1', url: 'https://stadt-a.example/termine', now: NOW,
    html: listing(['Dienstag, 14. April 2026: Fachtag Faire Beschaffung in der Verwaltung', 'Dienstag, 12. Mai 2026: Werkstatt Kommunale Partnerschaften', 'Dienstag, 9. Juni 2026: Netzwerktreffen Süd']),
    items: [{ kind: 'event', title: 'Fachtag Faire Beschaffung in der Verwaltung', start: '2026-04-14', deadlines: [] }],
  },
  {
    batch: 't', name: 'a2', url: 'https://stadt-a.example/werkstatt', now: NOW,
    html: listing(['Montag, 4. Mai 2026: Werkstatt Klimaschutz', 'Montag, 1. Juni 2026: Sprechstunde Förderung']),
    items: [{ kind: 'event', title: 'Werkstatt Klimaschutz', start: '2026-05-04', deadlines: [] }],
  },
  {
    batch: 't', name: 'd1', url: 'https://amt-d.example/veranstaltungen', now: NOW,
    html: listing(['Freitag, 17. April 2026: Austausch Partnerschaften', 'Freitag, 15. Mai 2026: Tagung Beschaffung']),
    items: [{ kind: 'event', title: 'Tagung Beschaffung', start: '2026-05-15', deadlines: [] }],
  },
] as unknown as LabelledCase[];

/** A fitter that fits nothing but says which sites' samples it was given. */
const recording = (samples: GroupedSample[]) => ({ classes: ['other', 'item'], bias: [0, 0], weights: {}, sites: [...new Set(samples.map((s) => s.group))].sort() }) as unknown as UnitModel;
const sitesOf = (m: UnitModel | null) => (m as unknown as { sites: string[] } | null)?.sites ?? null;
const samplesOf = (c: LabelledCase): GroupedSample[] => [{ features: ['x'], label: 0, group: siteOf(c) }];

describe('out-of-fold units for the decisions after the segmentation', () => {
  it('groups the two sites apart, as the evaluation does', () => {
    const folds = assignFolds(CASES.map(siteOf), INNER_FOLDS);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[0]).not.toBe(folds[2]);
  });

  it('never reads a page with a model fitted on its own site', () => {
    const units = outOfFoldUnits(CASES, CASES.map(samplesOf), recording);
    expect(sitesOf(units(CASES[0]))).toEqual(['amt-d.example']);
    expect(sitesOf(units(CASES[1]))).toEqual(['amt-d.example']);
    expect(sitesOf(units(CASES[2]))).toEqual(['stadt-a.example']);
  });

  it('reads with the rules when no other site is there, and refuses a page it was not given', () => {
    const units = outOfFoldUnits(CASES.slice(0, 2), CASES.slice(0, 2).map(samplesOf), recording);
    expect(units(CASES[0])).toBeNull();
    expect(() => units(CASES[2])).toThrow(/not a training page/);
  });

  it('is deterministic: the same pages give the same models', () => {
    const [first, second] = [fitUnits(CASES, null), fitUnits(CASES, null)];
    expect(second.model).toEqual(first.model);
    for (const c of CASES) expect(second.pages(c)).toEqual(first.pages(c));
    // the page's out-of-fold model is not the one fitted on every page
    expect(first.pages(CASES[2])).not.toEqual(first.model);
  });
});
