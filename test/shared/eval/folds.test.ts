/** Grouped cross-validation folds: whole sites held out together, balanced, the same on every run. */
import { describe, expect, it } from 'vitest';
import { assignFolds, siteOf } from '../../../shared/eval/folds.ts';

describe('siteOf', () => {
  it('is the host of the address without www.', () => {
    expect(siteOf({ url: 'https://www.Kassel.de/rathaus/termine.html' })).toBe('kassel.de');
    expect(siteOf({ url: 'https://kassel.de:8443/a?b#c' })).toBe('kassel.de');
    expect(siteOf({ url: 'https://skew.engagement-global.de/x' })).toBe('skew.engagement-global.de');
  });

  it('is the publishing body when the label names one', () => {
    expect(siteOf({ url: 'https://www.kassel.de/x', site: 'Stadt Kassel ' })).toBe('stadt kassel');
  });
});

describe('assignFolds', () => {
  const sites = ['a.de', 'b.de', 'a.de', 'c.de', 'd.de', 'e.de', 'b.de', 'f.de', 'g.de', 'a.de', 'h.de', 'i.de'];

  it('puts every page of a site in the same fold', () => {
    const folds = assignFolds(sites, 5);
    const foldOf = new Map<string, number>();
    sites.forEach((s, i) => {
      expect(foldOf.get(s) ?? folds[i]).toBe(folds[i]);
      foldOf.set(s, folds[i]);
    });
  });

  it('uses every fold and keeps them near equal over many sites', () => {
    const many = Array.from({ length: 400 }, (_, i) => `gemeinde-${i}.de`);
    const folds = assignFolds(many, 5);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.min(...sizes)).toBeGreaterThan(60);
    expect(Math.max(...sizes)).toBeLessThan(100);
  });

  it('is deterministic and independent of the order of the pages, and the seed changes it', () => {
    const folds = assignFolds(sites, 5);
    expect(assignFolds(sites, 5)).toEqual(folds);
    const reversed = [...sites].reverse();
    expect(assignFolds(reversed, 5)).toEqual([...folds].reverse());
    const many = Array.from({ length: 40 }, (_, i) => `site-${i}.de`);
    expect(assignFolds(many, 5, 'other')).not.toEqual(assignFolds(many, 5));
  });

  it('never moves a site when other sites join (pinned figures stay comparable)', () => {
    const before = Array.from({ length: 50 }, (_, i) => `alt-${i}.de`);
    const joined = [...before, ...Array.from({ length: 30 }, (_, i) => `neu-${i}.de`), 'alt-3.de'];
    const after = assignFolds(joined, 5);
    expect(after.slice(0, before.length)).toEqual(assignFolds(before, 5));
    expect(after.at(-1)).toBe(after[3]);
  });

  it('refuses fewer than two folds', () => {
    expect(() => assignFolds(sites, 1)).toThrow(/at least 2 folds/);
  });
});
