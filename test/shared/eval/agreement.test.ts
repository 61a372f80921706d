/**
 * The agreement study (scripts/eval/agreement.ts): every second labelling names a corpus case of the same page and
 * reading day, and it is scored by the referee's rules exactly as the extractor is.
 */
import { describe, expect, it } from 'vitest';
import { agreementScores, readRelabelled, type Relabelled } from '../../../scripts/eval/agreement.ts';
import { figuresOf } from '../../../shared/eval/figures.ts';

describe('agreement of a second labeller', () => {
  const cases = readRelabelled();

  it('reads every stored second labelling beside its corpus case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => `${c.batch}/${c.name}`)).size).toBe(cases.length);
  });

  it('scores the labels against themselves as full agreement and a dropped or changed item as a loss', () => {
    const listing = cases.find((c) => c.labels.length >= 3)!;
    const self: Relabelled = { ...listing, items: listing.labels };
    expect(figuresOf(agreementScores([self])).fields).toBe(1);
    const fewer: Relabelled = { ...listing, items: listing.labels.slice(1) };
    expect(figuresOf(agreementScores([fewer])).missed).toBe(1);
    const moved: Relabelled = { ...listing, items: listing.labels.map((it, i) => (i === 0 ? { ...it, location: 'Nirgendwo' } : it)) };
    expect(figuresOf(agreementScores([moved])).fields).toBeLessThan(1);
  });
});
