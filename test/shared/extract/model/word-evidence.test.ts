import { describe, expect, it } from 'vitest';
import { evidenceFeatures, evidenceOf, evidenceWords } from '../../../../shared/extract/features/word-evidence.ts';
import { crossFittedEvidence, fitWordEvidence, type EvidenceSample } from '../../../../scripts/train/word-evidence.ts';

/** Samples of `sites` sites: an event word in right samples, a report word in wrong ones, a site's own word in one site. */
function samples(sites: number): EvidenceSample[] {
  const out: EvidenceSample[] = [];
  for (let i = 0; i < sites; i++) {
    const group = `site-${i}.example`;
    out.push({ group, label: 1, words: evidenceWords('Workshop zur Bürgerbeteiligung im Rathaus') });
    out.push({ group, label: 1, words: evidenceWords('Workshop für Vereine') });
    out.push({ group, label: 0, words: evidenceWords('Rückblick auf die Sitzung') });
    out.push({ group, label: 0, words: evidenceWords(i === 0 ? 'Rückblick Sonnenblumenfest' : 'Rückblick des Jahres') });
  }
  return out;
}

describe('word evidence', () => {
  it('reads a text as its words and the heads of its long compounds', () => {
    expect(evidenceWords('Informationsveranstaltung am 3. Mai 2025')).toEqual(['informationsveranstaltung', '~altung', 'mai']);
    expect(evidenceWords(undefined)).toEqual([]);
  });

  it('learns words that stand on several sites, for and against, and leaves out one site\'s words', () => {
    const table = fitWordEvidence(samples(6));
    expect(table.weights.workshop).toBeGreaterThan(1);
    expect(table.weights['rückblick'] ?? table.weights.ruckblick).toBeLessThan(-1);
    expect(table.weights.sonnenblumenfest).toBeUndefined();
    // the same samples give the same table, in a fixed order
    expect(JSON.stringify(fitWordEvidence(samples(6)))).toBe(JSON.stringify(table));
    expect(Object.keys(table.weights)).toEqual([...Object.keys(table.weights)].sort());
  });

  it('keeps only the strongest words and needs both kinds of sample', () => {
    expect(Object.keys(fitWordEvidence(samples(6), { maxWords: 2 }).weights)).toHaveLength(2);
    expect(fitWordEvidence(samples(6).filter((s) => s.label === 1)).weights).toEqual({});
    expect(fitWordEvidence(samples(2)).weights).toEqual({});
  });

  it('gives each sample a table fitted without its own site', () => {
    const all = samples(12);
    const tables = crossFittedEvidence(all, { innerFolds: 3, minGroups: 2 });
    expect(tables).toHaveLength(all.length);
    // the word only site-0 uses is in no table that site-0's samples read, while other tables may know it
    const own = tables.filter((_, i) => all[i].group === 'site-0.example');
    for (const t of own) expect(t.weights.sonnenblumenfest).toBeUndefined();
    for (const t of tables) expect(t.weights.workshop).toBeGreaterThan(0);
  });

  it('turns what a table says into bucketed features, never into the words', () => {
    const table = { weights: { workshop: 1.8, sitzung: -0.6, vereine: 0.3 } };
    const e = evidenceOf(['workshop', 'sitzung', 'fremd'], table);
    expect(e.sum).toBeCloseTo(1.2, 9);
    expect([e.max, e.min, e.known]).toEqual([1.8, -0.6, 2]);
    const f = evidenceFeatures('ev', ['workshop', 'sitzung'], table);
    expect(f).toEqual(['ev:sum:<1.5', 'ev:max:1.5+', 'ev:min:<-0.25']);
    expect(f.join(' ')).not.toContain('workshop');
    expect(evidenceFeatures('ev', ['constructor', 'fremd'], table)).toEqual(['ev:none']);
    expect(evidenceFeatures('ev', ['workshop'], undefined)).toEqual([]);
  });
});
