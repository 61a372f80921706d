/**
 * The evaluation API: `fit(training)` never sees a page of a held-out site, the plain run fits on everything, and a
 * batch's first run is fitted without the batch. A fit that memorises its training pages shows each.
 */
import { describe, expect, it } from 'vitest';
import { crossValidate, evaluate, firstRun, type Fit, type LabelledCase } from '../../../shared/eval/cross-validate.ts';
import { siteOf } from '../../../shared/eval/folds.ts';

const item = (title: string) => ({ kind: 'call', title, deadline: null, deadlines: ['2026-03-31'], start: null, end: null, location: null, organizer: null });

/** 12 pages on 8 sites in two batches; each page announces one call named after it. */
const cases: LabelledCase[] = Array.from({ length: 12 }, (_, i) => ({
  batch: i < 8 ? 'old' : 'new',
  name: `page-${i}`,
  html: `<h1>Aufruf Nummer${i}</h1>`,
  url: `https://www.site-${i % 8}.de/aufruf-${i}`,
  now: '2026-01-15',
  items: [item(`Aufruf Nummer${i}`)],
}));

/** Knows the labels of the pages it was trained on and nothing else. */
const memorising: Fit = (training) => {
  const known = new Map(training.map((c) => [c.url, c.items]));
  return (page) => known.get(page.url) ?? [];
};

describe('evaluate', () => {
  it('scores every page with a model that never saw its site', async () => {
    const seen: string[][] = [];
    const spying: Fit = (training) => {
      seen.push(training.map(siteOf));
      return memorising(training);
    };
    const { crossValidated, plain } = await evaluate(cases, spying, { folds: 5 });
    // folds are a hash of the site: 8 sites may leave a fold empty, which is skipped (one fit per fold that holds
    // pages, then one on everything for the plain run)
    expect(crossValidated.perFold).toHaveLength(seen.length - 1);
    expect(crossValidated.perFold.length).toBeGreaterThanOrEqual(3);
    expect(crossValidated.perFold.flatMap((f) => f.sites).sort()).toEqual([...new Set(cases.map(siteOf))].sort());
    crossValidated.perFold.forEach((fold, i) => {
      for (const site of fold.sites) expect(seen[i]).not.toContain(site);
    });
    expect(crossValidated.pooled.found).toBe(0);
    expect(crossValidated.pooled.missed).toBe(12);
    expect(plain.pooled.found).toBe(12);
    expect(plain.pooled.fields).toBe(1);
    expect(Object.keys(crossValidated.byBatch)).toEqual(['new', 'old']);
    expect(crossValidated.byBatch.new.cases).toBe(4);
  });

  it('runs an extractor that ignores its training pages once per page', async () => {
    let runs = 0;
    const same = (page: { html: string }) => {
      runs++;
      return [item(/Aufruf Nummer\d+/.exec(page.html)![0])];
    };
    const { crossValidated, plain } = await evaluate(cases, () => same);
    expect(runs).toBe(12);
    expect(crossValidated.pooled).toEqual(plain.pooled);
    expect(crossValidated.pooled.fields).toBe(1);
  });

  it('cross-validates alone without the plain run (the floor gate): one fit per fold, the same figures', async () => {
    let fits = 0;
    const counting: Fit = (training) => {
      fits++;
      return memorising(training);
    };
    const alone = await crossValidate(cases, counting, { folds: 5 });
    expect(fits).toBe(alone.perFold.length);
    const { crossValidated } = await evaluate(cases, memorising, { folds: 5 });
    expect(alone.pooled).toEqual(crossValidated.pooled);
    expect(alone.cases.map((c) => c.fold)).toEqual(crossValidated.cases.map((c) => c.fold));
  });

  it('needs at least as many sites as folds', async () => {
    await expect(evaluate(cases.slice(0, 3), memorising, { folds: 5 })).rejects.toThrow(/too few/);
  });
});

describe('firstRun', () => {
  it('fits on every other batch and scores the batch alone', async () => {
    const run = await firstRun([...cases, { ...cases[0], batch: 'new', name: 'again' }], 'new', memorising);
    expect(run.pooled.cases).toBe(5);
    // page-0 of batch old is in the training set: its twin in the new batch is known, the rest is not
    expect(run.pooled.found).toBe(1);
    expect(Object.keys(run.byBatch)).toEqual(['new']);
  });
});
